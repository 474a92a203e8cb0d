using System.Globalization;
using Ita.Model.Thai;

namespace Ita.Model.Measures;

/// <summary>A measure (มาตรการ / โครงการ / กิจกรรม) to raise integrity and transparency: what it answers, its steps,
/// who is responsible, when, how it is followed up, and an optional budget (domain §6).</summary>
/// <remarks>Immutable and thread-safe; the constructor validates and copies its lists.</remarks>
public sealed class Measure
{
    /// <summary>Initializes a new instance of the <see cref="Measure"/> class.</summary>
    /// <param name="id">A short identifier unique in its plan, e.g. <c>m1</c>; status reports refer to it.</param>
    /// <param name="title">The measure's title.</param>
    /// <param name="steps">The ordered steps or methods (ขั้นตอน/วิธีการ), or <see langword="null"/> for none.</param>
    /// <param name="responsibleUnits">The responsible units (ผู้รับผิดชอบ), e.g. สำนักปลัด, กองคลัง; or
    /// <see langword="null"/>.</param>
    /// <param name="indicators">The indicator numbers (1–10) the measure answers, or <see langword="null"/>.</param>
    /// <param name="items">The item codes the measure answers (<c>i10</c>, <c>e11</c>, <c>o27</c>), or
    /// <see langword="null"/>.</param>
    /// <param name="issue">The issue to fix as the agency wrote it (ประเด็นที่ต้องแก้ไข), or <see langword="null"/>.</param>
    /// <param name="period">The period, or <see langword="null"/> when the document gives none.</param>
    /// <param name="followUp">The follow-up and reporting cadence (การกำกับติดตาม / การรายงานผล), or
    /// <see langword="null"/>.</param>
    /// <param name="budget">The budget in baht, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">The id or title is empty; a step, unit or item is empty; an item code is
    /// not a letter i/e/o and a number; a list repeats a value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An indicator is outside 1–10, or the budget is negative.</exception>
    public Measure(string id, string title, IEnumerable<string>? steps = null, IEnumerable<string>? responsibleUnits = null, IEnumerable<int>? indicators = null, IEnumerable<string>? items = null, string? issue = null, MeasurePeriod? period = null, string? followUp = null, decimal? budget = null)
    {
        Preconditions.NotBlank(id, nameof(id));
        Preconditions.NotBlank(title, nameof(title));
        Id = id;
        Title = title;
        Steps = Texts(steps, nameof(steps), allowRepeats: true);
        ResponsibleUnits = Texts(responsibleUnits, nameof(responsibleUnits), allowRepeats: false);
        Indicators = (indicators ?? []).ToArray();
        foreach (var n in Indicators)
        {
            if (n is < 1 or > 10)
            {
                throw new ArgumentOutOfRangeException(nameof(indicators), n, "Indicator numbers are 1–10.");
            }
        }

        if (Indicators.Distinct().Count() != Indicators.Count)
        {
            throw new ArgumentException("An indicator is listed twice.", nameof(indicators));
        }

        Items = Texts(items, nameof(items), allowRepeats: false);
        foreach (var code in Items)
        {
            if (!IsItemCode(code))
            {
                throw new ArgumentException($"'{code}' is not an item code: a letter i, e or o and a number (i10, e11, o27).", nameof(items));
            }
        }

        if (issue is not null)
        {
            Preconditions.NotBlank(issue, nameof(issue));
        }

        if (followUp is not null)
        {
            Preconditions.NotBlank(followUp, nameof(followUp));
        }

        if (budget is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "A budget cannot be negative.");
        }

        Issue = issue;
        Period = period;
        FollowUp = followUp;
        Budget = budget;
    }

    /// <summary>Gets the identifier, unique in its plan.</summary>
    public string Id { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the ordered steps.</summary>
    public IReadOnlyList<string> Steps { get; }

    /// <summary>Gets the responsible units.</summary>
    public IReadOnlyList<string> ResponsibleUnits { get; }

    /// <summary>Gets the indicator numbers the measure answers.</summary>
    public IReadOnlyList<int> Indicators { get; }

    /// <summary>Gets the item codes the measure answers.</summary>
    public IReadOnlyList<string> Items { get; }

    /// <summary>Gets the issue as written, or <see langword="null"/>.</summary>
    public string? Issue { get; }

    /// <summary>Gets the period, or <see langword="null"/>.</summary>
    public MeasurePeriod? Period { get; }

    /// <summary>Gets the follow-up and reporting cadence, or <see langword="null"/>.</summary>
    public string? FollowUp { get; }

    /// <summary>Gets the budget in baht, or <see langword="null"/>.</summary>
    public decimal? Budget { get; }

    /// <summary>Gets the indicators the measure answers under an edition: its own indicators and those of its items
    /// that the edition has.</summary>
    /// <param name="edition">The edition whose items are looked up.</param>
    /// <returns>The indicator numbers, ascending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<int> IndicatorsUnder(Edition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return Indicators
            .Concat(Items.Select(code => edition.TryGetItem(code, out var item) ? item.IndicatorNumber : 0).Where(n => n > 0))
            .Distinct()
            .Order()
            .ToArray();
    }

    internal static bool IsItemCode(string code) =>
        code.Length >= 2 && code[0] is 'i' or 'e' or 'o' && code[1] is >= '1' and <= '9' && code.Skip(2).All(char.IsAsciiDigit);

    private static string[] Texts(IEnumerable<string>? values, string name, bool allowRepeats)
    {
        var list = (values ?? []).ToArray();
        foreach (var value in list)
        {
            Preconditions.NotBlank(value, name);
        }

        if (!allowRepeats && list.Distinct(StringComparer.Ordinal).Count() != list.Length)
        {
            throw new ArgumentException("A value is listed twice.", name);
        }

        return list;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}" + (Period is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" ({Period})"));
}
