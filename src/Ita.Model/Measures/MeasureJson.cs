using System.Globalization;
using System.Text.Json;
using Ita.Model.Documents;
using Ita.Model.Json;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>Shared reading and writing of the measure documents (docs/measures.md).</summary>
internal static class MeasureJson
{
    public static string StatusName(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "notStarted",
        MeasureStatus.InProgress => "inProgress",
        _ => "completed",
    };

    public static string StatusThai(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "ยังไม่ดำเนินการ",
        MeasureStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        _ => "ดำเนินการเสร็จเรียบร้อยแล้ว",
    };

    public static string StatusEnglish(MeasureStatus status) => status switch
    {
        MeasureStatus.NotStarted => "not started",
        MeasureStatus.InProgress => "in progress",
        _ => "completed",
    };

    /// <summary>Reads a status: the JSON name or the Thai label of seed 002.</summary>
    public static MeasureStatus? ParseStatus(string text) => text.Trim() switch
    {
        "notStarted" or "ยังไม่ดำเนินการ" => MeasureStatus.NotStarted,
        "inProgress" or "อยู่ระหว่างดำเนินการ" => MeasureStatus.InProgress,
        "completed" or "ดำเนินการเสร็จเรียบร้อยแล้ว" or "ดำเนินการเสร็จแล้ว" => MeasureStatus.Completed,
        _ => null,
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses the root: schema version and kind.</summary>
    public static void Header(JsonBinder b, JObject root, string kind)
    {
        var version = b.Int(root, "schemaVersion");
        if (version is not null && version != 1)
        {
            b.Problem(ProblemCodes.SchemaVersion, root["schemaVersion"]!, $"Unsupported schemaVersion {version.Value.ToString(CultureInfo.InvariantCulture)}; this library reads version 1.");
        }

        var found = b.String(root, "kind");
        if (found is not null && !string.Equals(found, kind, StringComparison.Ordinal))
        {
            b.Problem(ProblemCodes.WrongKind, root["kind"]!, $"Expected a \"{kind}\" document, found \"{found}\".");
        }
    }

    public static int? FiscalYear(JsonBinder b, JObject root)
    {
        var year = b.Int(root, "fiscalYear");
        if (year is { } y && (y < ThaiCalendar.MinFiscalYear || y > ThaiCalendar.MaxFiscalYear || y < 2400))
        {
            b.Problem(ProblemCodes.FiscalYear, root["fiscalYear"]!, $"Fiscal year {y.ToString(CultureInfo.InvariantCulture)} is not a Buddhist Era year (e.g. 2566).");
            return null;
        }

        return year;
    }

    public static UnitInfo? Unit(JsonBinder b, JObject root)
    {
        if (b.Object(root, "unit", required: false) is not { } unit)
        {
            return null;
        }

        b.RejectUnknown(unit, "id", "name", "type", "province", "district");
        var name = b.String(unit, "name");
        var id = b.String(unit, "id", required: false);
        var type = b.String(unit, "type", required: false);
        var province = b.String(unit, "province", required: false);
        var district = b.String(unit, "district", required: false);
        return name is null ? null : new UnitInfo(name, id, type, province, district);
    }

    public static string[] Strings(JsonBinder b, JObject parent, string name)
    {
        if (b.Array(parent, name, required: false) is not { } array)
        {
            return [];
        }

        var values = new List<string>();
        foreach (var node in array.Items)
        {
            if (b.AsString(node) is { } s)
            {
                values.Add(s); // as written, like every other text of the document: ToJson writes it back unchanged
            }
        }

        return [.. values];
    }

    /// <summary>Reads an ISO date (<c>2022-03-31</c>) or a Thai date (<c>๓1 มีนาคม ๒๕65</c>).</summary>
    public static DateOnly? Date(JsonBinder b, JNode node)
    {
        if (b.AsString(node) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        if (ThaiCalendar.TryParseDate(text, new ThaiParseOptions { Path = node.Path }, out var date, out var problem))
        {
            return date;
        }

        b.Problem(problem.Code, node, $"Not a date: write \"yyyy-MM-dd\" or a Thai date such as \"31 มีนาคม 2565\". {problem.Message}");
        return null;
    }

    /// <summary>Reads a range: <c>{"start": …, "end": …}</c>, or a Thai period text.</summary>
    public static DateRange? Range(JsonBinder b, JNode node, out string? text)
    {
        text = null;
        if (node is JValue { Kind: JKind.String, Text: { } written })
        {
            if (string.IsNullOrWhiteSpace(written))
            {
                b.Problem(ProblemCodes.EmptyString, node, "The value must not be empty.");
                return null;
            }

            text = written;
            if (ThaiCalendar.TryParsePeriod(written, new ThaiParseOptions { Path = node.Path }, out var parsed, out var problem))
            {
                return parsed;
            }

            b.Problem(problem.Code, node, $"Not a period: {problem.Message}");
            return null;
        }

        if (node is not JObject obj)
        {
            b.WrongType(node, "a period text or an object with \"start\" and \"end\"");
            return null;
        }

        return RangeObject(b, obj, out text);
    }

    public static DateRange? RangeObject(JsonBinder b, JObject obj, out string? text)
    {
        text = b.String(obj, "text", required: false);
        if (obj["fiscalYear"] is not null)
        {
            b.RejectUnknown(obj, "fiscalYear", "text");
            var year = FiscalYear(b, obj);
            return year is { } y ? ThaiCalendar.FiscalYearRange(y) : null;
        }

        b.RejectUnknown(obj, "start", "end", "text");
        var start = obj["start"] is { } s ? Date(b, s) : null;
        var end = obj["end"] is { } e ? Date(b, e) : null;
        if (obj["start"] is null)
        {
            b.Missing(obj, "start");
        }

        if (obj["end"] is null)
        {
            b.Missing(obj, "end");
        }

        if (start is { } from && end is { } to)
        {
            if (to < from)
            {
                b.Problem(ProblemCodes.InvalidRange, obj["end"]!, $"The period ends ({Iso(to)}) before it starts ({Iso(from)}).");
                return null;
            }

            var range = new DateRange(from, to);
            if (text is not null && ThaiCalendar.TryParsePeriod(text, out var written) && written != range)
            {
                b.Problem(ProblemCodes.PeriodMismatch, obj["text"]!, $"The text \"{text}\" reads as {written}, but start and end say {range}.");
                return null;
            }

            return range;
        }

        return null;
    }

    public static void WriteUnit(Utf8JsonWriter w, UnitInfo? unit)
    {
        if (unit is null)
        {
            return;
        }

        w.WriteStartObject("unit");
        if (unit.Id is not null)
        {
            w.WriteString("id", unit.Id);
        }

        w.WriteString("name", unit.Name);
        Optional(w, "type", unit.Type);
        Optional(w, "province", unit.Province);
        Optional(w, "district", unit.District);
        w.WriteEndObject();
    }

    public static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    public static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>Parses a document, or throws with every problem.</summary>
    public static T Read<T>(JsonSource source, string? sourceName, Func<JsonBinder, JObject, NodePositions, T?> bind)
        where T : class
    {
        var root = source.Parse();
        T? result = null;
        if (root is JObject obj)
        {
            result = bind(new JsonBinder(source), obj, new NodePositions(source, obj));
        }
        else if (root is not null)
        {
            new JsonBinder(source).WrongType(root, "an object");
        }

        if (source.Problems.Count > 0 || result is null)
        {
            throw new ItaValidationException(sourceName, source.Problems.Count > 0 ? source.Problems : [new ValidationProblem(ProblemCodes.Invalid, "$", "The document is invalid.")]);
        }

        return result;
    }

    /// <summary>Adds the position of the problem's path (or its nearest enclosing element) from a document.</summary>
    public static ValidationProblem Locate(ValidationProblem problem, NodePositions? positions)
    {
        if (problem.Line is not null || positions is null)
        {
            return problem;
        }

        var path = problem.Path;
        while (true)
        {
            if (positions.TryGetValue(path, out var position))
            {
                return new ValidationProblem(problem.Code, problem.Path, problem.Message, position.Line, position.Column);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return problem;
            }

            path = path[..cut];
        }
    }
}
