namespace Ita.Model;

/// <summary>The JSON names of the library's enum-like values — provenances and tools (camelCase, stable across releases).</summary>
internal static class JsonNames
{
    public static string ToJson(Provenance value) => value switch
    {
        Provenance.Official => "official",
        Provenance.Arith => "arith",
        Provenance.Replica => "replica",
        Provenance.Summary => "summary",
        Provenance.Inferred => "inferred",
        Provenance.Provisional => "provisional",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, message: null),
    };

    public static bool TryParse(string text, out Provenance value)
    {
        switch (text)
        {
            case "official": value = Provenance.Official; return true;
            case "arith": value = Provenance.Arith; return true;
            case "replica": value = Provenance.Replica; return true;
            case "summary": value = Provenance.Summary; return true;
            case "inferred": value = Provenance.Inferred; return true;
            case "provisional": value = Provenance.Provisional; return true;
            default: value = default; return false;
        }
    }

    public static string ToJson(Tool tool) => tool switch
    {
        Tool.Iit => "iit",
        Tool.Eit => "eit",
        Tool.Oit => "oit",
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, message: null),
    };

    public static bool TryParseTool(string text, out Tool tool)
    {
        switch (text)
        {
            case "iit": tool = Tool.Iit; return true;
            case "eit": tool = Tool.Eit; return true;
            case "oit": tool = Tool.Oit; return true;
            default: tool = default; return false;
        }
    }
}
