namespace Ita.Model;

/// <summary>An item's exact value, where it came from, and how many respondents answered it.</summary>
internal sealed record ItemValue(decimal Value, InputLevel Source, int? Respondents)
{
    public ItemScore ToScore(QuestionItem item, RoundingPolicy rounding) => new(item, new Score(Value, rounding), Source, Respondents);
}
