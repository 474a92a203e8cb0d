namespace Ita.Model.Documents;

/// <summary>Where a part of the <c>responses</c> section is (the offsets a streaming read kept).</summary>
internal sealed class ToolLocation
{
    public int NameOffset { get; set; } = -1;

    public int ValueOffset { get; set; } = -1;

    public RespondentStore? Store { get; set; }

    /// <summary>The members of an object part (OIT codes, minimums), first of each name, with their name offsets.</summary>
    public List<(string Name, int Offset)> Members { get; } = [];
}
