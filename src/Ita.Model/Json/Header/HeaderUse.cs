namespace Ita.Model.Json;

/// <summary>Who reads an assessment document's header, for the few rules in which they differ.</summary>
internal enum HeaderUse
{
    /// <summary>An assessment document on its own: <c>unit</c> is optional and, when given, needs a <c>name</c>
    /// (<c>UnitInfo.Name</c>); a repeated name was reported by the document's parser.</summary>
    Document,

    /// <summary>A document of a JSON year: <c>unit</c> identifies the row and needs an <c>id</c> or a <c>name</c>; a
    /// repeated name is reported here.</summary>
    YearDocument,
}
