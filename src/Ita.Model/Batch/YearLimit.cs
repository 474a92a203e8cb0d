using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>The limits of <see cref="YearReadOptions"/>, named in <c>limit</c> problems.</summary>
internal enum YearLimit
{
    Units,
    Respondents,
    Answers,
    LineBytes,
    DocumentBytes,
    Problems,
}
