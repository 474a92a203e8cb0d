namespace Ita.Model.Documents;

/// <summary>How an item of a published item table was identified.</summary>
public enum ItemMatch
{
    /// <summary>By its printed code (e.g. <c>i1</c>, or <c>๐๑๐</c> read as <c>o10</c>), which its question text
    /// does not contradict.</summary>
    Code,

    /// <summary>By its question text against the edition's, because the printed code is unreadable (OCR:
    /// <c>ii</c>, <c>๓๗</c>) or names an item whose question is a different one.</summary>
    Text,
}
