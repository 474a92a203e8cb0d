using Ita.Model.Tests.Batch;
using Ita.Model.Tests.Documents;
using Ita.Model.Tests.Properties;
using Ita.Model.Thai;

namespace Ita.Model.Tests;

/// <summary>The shared FsCheck arbitraries of the test suite: one place to find the generated inputs that property
/// tests run on. Use them with <see cref="ItaPropertyAttribute"/> and <c>Prop.ForAll</c>, e.g.
/// <c>[ItaProperty(1000)] public Property Law() =&gt; Prop.ForAll(ItaArbitraries.BuiltInResponses, c =&gt; …);</c>.
/// Every generated case prints readably (its <c>ToString</c>), so a failure shows the case next to the replay seed.</summary>
internal static class ItaArbitraries
{
    /// <summary>Complete raw responses on a built-in edition (<see cref="ResponseGen.BuiltIn"/>).</summary>
    public static Arbitrary<ResponseCase> BuiltInResponses => ResponseGen.BuiltIn().ToArbitrary();

    /// <summary>Complete raw responses on a generated edition (<see cref="ResponseGen.Generated"/>).</summary>
    public static Arbitrary<ResponseCase> GeneratedEditionResponses => ResponseGen.Generated().ToArbitrary();

    /// <summary>Valid generated editions (<see cref="EditionGen"/>).</summary>
    public static Arbitrary<Edition> GeneratedEditions => EditionGen.Editions().ToArbitrary();

    /// <summary>Valid assessment documents, complete or partial (<see cref="DocumentGen.Assessment"/>).</summary>
    public static Arbitrary<GeneratedDocument> Assessments => DocumentGen.Assessment().ToArbitrary();

    /// <summary>Complete assessment documents: they can be scored (<see cref="DocumentGen.CompleteAssessment"/>).</summary>
    public static Arbitrary<GeneratedDocument> CompleteAssessments => DocumentGen.CompleteAssessment().ToArbitrary();

    /// <summary>Small years of units on the given built-in editions (<see cref="GeneratedYears"/>).</summary>
    public static Arbitrary<GeneratedYear> Years(params string[] editions) => GeneratedYears.Arbitrary(editions);

    /// <summary>Every day from 1 January 2400 BE to 31 December 2700 BE.</summary>
    public static Gen<DateOnly> ThaiEraDates { get; } =
        Gen.Choose(new DateOnly(2400 - 543, 1, 1).DayNumber, new DateOnly(2700 - 543, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    /// <summary>Every combination of the Thai date format's switches.</summary>
    public static Gen<ThaiDateFormat> ThaiDateFormats { get; } =
        from abbreviated in Gen.Elements(false, true)
        from thai in Gen.Elements(false, true)
        from commonEra in Gen.Elements(false, true)
        from prefix in Gen.Elements(false, true)
        select new ThaiDateFormat { AbbreviatedMonth = abbreviated, ThaiDigits = thai, CommonEraYear = commonEra, EraPrefix = prefix };
}
