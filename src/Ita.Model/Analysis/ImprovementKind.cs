using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;

namespace Ita.Model.Analysis;

/// <summary>How an item is improved.</summary>
public enum ImprovementKind
{
    /// <summary>An OIT item the assessor did not accept is published (0 → 100).</summary>
    Publish,

    /// <summary>An IIT or EIT item's mean is raised, by at most the caller's cap.</summary>
    Raise,
}
