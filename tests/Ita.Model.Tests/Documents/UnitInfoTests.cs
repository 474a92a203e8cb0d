using Ita.Model.Documents;

namespace Ita.Model.Tests.Documents;

public sealed class UnitInfoTests
{
    [Theory]
    [InlineData("", null, null, null)]
    [InlineData(null, " ", null, null)]
    [InlineData(null, null, "\t", null)]
    [InlineData(null, null, null, "")]
    public void Constructor_EmptyOptionalField_IsRejected_BecauseTheDocumentFormatCannotCarryIt(string? id, string? type, string? province, string? district)
    {
        Assert.Throws<ArgumentException>(() => new UnitInfo("อบต.บ้านกุ่ม", id, type, province, district));
    }

    [Fact]
    public void Constructor_OptionalFieldsNullOrText_RoundTripThroughAnAssessmentDocument()
    {
        var unit = new UnitInfo("องค์การบริหารส่วนตำบลบ้านกุ่ม", id: "6720", type: "อบต.", province: "สุพรรณบุรี", district: null);
        var document = new AssessmentDocument(2568, unit: unit, indicatorScores: Enumerable.Range(1, 10).ToDictionary(n => n, _ => 90m));
        var back = AssessmentDocument.Parse(document.ToJson()).Unit!;
        Assert.Equal(("6720", "อบต.", "สุพรรณบุรี", (string?)null), (back.Id, back.Type, back.Province, back.District));
    }
}
