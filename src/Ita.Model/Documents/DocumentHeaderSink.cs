using System.Text.Json;
using Ita.Model.Json;

namespace Ita.Model.Documents;

/// <summary>The document's side of the header reader (<see cref="DocumentHeaderReader"/>): reports its problems at
/// <c>$…</c> paths through the document's binder, which gives them their line and column.</summary>
internal sealed class DocumentHeaderSink(JsonBinder b) : IHeaderSink
{
    public void Problem(string code, string relativePath, int offset, string message) => b.Problem(code, "$" + relativePath, offset, message);

    public void Section(string name, int nameOffset, int valueOffset, JsonTokenType token)
    {
        // A document's sections are bound from its tree.
    }
}
