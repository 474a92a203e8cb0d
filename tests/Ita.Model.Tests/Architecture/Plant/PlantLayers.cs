#pragma warning disable CA1812 // Planted types: only their IL matters.
#pragma warning disable MA0048 // Several planted types per file.
using Ita.Model.Tests.Architecture.Plant.Reports;

namespace Ita.Model.Tests.Architecture.Plant.Json
{
    /// <summary>The plant's JSON layer: uses the core (allowed).</summary>
    internal sealed class PlantJson(int value)
    {
        public string Text { get; } = value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        public JsonLike Core { get; } = new();
    }

    /// <summary>Planted violation: the JSON layer uses the report layer above it.</summary>
    internal sealed class PlantJsonUsingReports
    {
        public PlantReport? Report { get; set; }
    }
}

namespace Ita.Model.Tests.Architecture.Plant.Reports
{
    /// <summary>The plant's report layer: uses JSON and the core (allowed).</summary>
    internal sealed class PlantReport
    {
        public Json.PlantJson Json { get; } = new(1);

        public PlantCoreUsingJsonLike Core { get; } = new();
    }
}

namespace Ita.Model.Tests.Architecture.Plant.Unplaced
{
    /// <summary>A namespace the plant's rules do not place.</summary>
    internal sealed class PlantUnplaced
    {
    }
}
