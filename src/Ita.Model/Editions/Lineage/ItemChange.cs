namespace Ita.Model;

/// <summary>How an item of an edition continues items of the previous edition.</summary>
public enum ItemChange
{
    /// <summary>The same item (wording unchanged or changed only trivially), possibly renumbered.</summary>
    Same,

    /// <summary>The same topic with new wording or a changed scope, possibly renumbered.</summary>
    Renamed,

    /// <summary>Several items of the previous edition became one.</summary>
    Merged,

    /// <summary>One item of the previous edition became several.</summary>
    Split,

    /// <summary>The item takes the place of a previous item with a different subject.</summary>
    Replaced,

    /// <summary>The item has no predecessor.</summary>
    New,

    /// <summary>The previous item has no successor.</summary>
    Removed,
}
