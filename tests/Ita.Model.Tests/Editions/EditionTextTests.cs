namespace Ita.Model.Tests.Editions;

/// <summary>The text forms of an edition's elements (what a debugger, a log line or an error message shows), on the
/// shipped data: the code with the Thai name, a part without a code as its Thai text only.</summary>
public sealed class EditionTextTests
{
    private static readonly Edition E2564 = Edition.ForFiscalYear(2564);
    private static readonly Edition E2568 = Edition.ForFiscalYear(2568);

    [Fact]
    public void Items_AndTheirParts()
    {
        var multiPart = E2564.GetItem("i1");
        Assert.True(multiPart.IsMultiPart);
        Assert.Equal("a: ตามขั้นตอนที่กำหนด", multiPart.Parts[0].ToString());
        Assert.Equal("b: ตามระยะเวลาที่กำหนด", multiPart.Parts[1].ToString());

        var single = E2564.GetItem("i2");
        Assert.False(single.IsMultiPart);
        var part = Assert.Single(single.Parts);
        Assert.Equal(string.Empty, part.Code);
        Assert.Equal("ให้บริการผู้มาติดต่อทั่วไปกับผู้ที่รู้จักเป็นการส่วนตัวอย่างเท่าเทียมกัน", part.ToString());
        Assert.Equal("i2 ให้บริการผู้มาติดต่อทั่วไปกับผู้ที่รู้จักเป็นการส่วนตัวอย่างเท่าเทียมกัน", single.ToString());
        Assert.Equal("o1 โครงสร้างและอำนาจหน้าที่", E2568.GetItem("o1").ToString());
    }

    [Fact]
    public void IndicatorsSubIndicatorsToolsAndRules()
    {
        Assert.Equal("1 การปฏิบัติหน้าที่ (Performance of duty)", E2568.GetIndicator(1).ToString());
        Assert.Equal("9.a ข้อมูลพื้นฐาน", E2568.GetSubIndicator("9.a").ToString());
        Assert.Equal("OIT × 0.40", E2568.GetTool(Tool.Oit).ToString());
        Assert.Equal("IIT × 0.30", E2568.GetTool(Tool.Iit).ToString());
        Assert.StartsWith("weightedSumOfTools [arith] อบต.บ้านกุ่ม FY 2568 published total 90.42 from its indicators (", E2568.Rules.Total.ToString(), StringComparison.Ordinal);
        Assert.Equal("Edition 2568 (ITA fiscal year 2568 (2025))", E2568.ToString());
    }
}
