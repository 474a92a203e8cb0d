using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

internal enum FileKind
{
    Json,
    Answers,
    Oit,
}
