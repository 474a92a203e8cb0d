namespace Ita.Model.Batch;

/// <summary>The code and message of a row check's problem (<see cref="RowRules"/>), before a reader locates it.</summary>
internal readonly record struct RowProblem(string Code, string Message);
