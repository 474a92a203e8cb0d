using System.Collections.ObjectModel;
using System.Globalization;

namespace Ita.Model.Batch;

/// <summary>Tells year files apart by their content.</summary>
internal static class YearFiles
{
    public static FileKind Detect(string path)
    {
        Preconditions.NotBlank(path, nameof(path));
        using var stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[256];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var text = head[..length];
        if (text.StartsWith(Utf8Text.Bom))
        {
            text = text[3..];
        }

        var trimmed = text.TrimStart(" \t\r\n"u8);
        if (trimmed.Length > 0 && trimmed[0] is (byte)'[' or (byte)'{')
        {
            return FileKind.Json;
        }

        var nl = text.IndexOf((byte)'\n');
        var first = (nl < 0 ? text : text[..nl]).TrimEnd("\r"u8);
        if (first.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(YearCsv.AnswersHeader)))
        {
            return FileKind.Answers;
        }

        if (first.SequenceEqual(System.Text.Encoding.UTF8.GetBytes(YearCsv.OitHeader)))
        {
            return FileKind.Oit;
        }

        throw new ItaValidationException(System.IO.Path.GetFileName(path), [new ValidationProblem(ProblemCodes.FileKind, "$", $"Not a year file: expected JSON documents or a CSV header '{YearCsv.AnswersHeader}' or '{YearCsv.OitHeader}'.", 1, 1)]);
    }
}
