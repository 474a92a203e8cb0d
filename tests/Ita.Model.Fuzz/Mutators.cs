using System.Text;

namespace Ita.Model.Fuzz;

/// <summary>Structure-aware mutations of JSON, CSV and Thai text inputs: truncation, byte flips, token insert / delete /
/// duplicate, extreme numbers, invalid UTF-8, lone surrogates, deep nesting, huge arrays and strings, CSV quoting and
/// line-end tricks. Deterministic for a given <see cref="Random"/>.</summary>
internal static class Mutators
{
    private const string Punctuation = "{}[],:\"0123456789-.e \n";

    private static readonly string[] ExtremeNumbers =
    [
        "1e400", "-1e400", "1e-400", "0e-400", "-0", "-0.0", "100.000000000000000000000000001", "99.9999999999999999999999999999",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336", "0.0000000000000000000000000001",
        "0.00000000000000000000000000001", "1E+28", "1e28", "1e29", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "4294967296", "1.5", "255", "256", "254", "-1", "100.0000", "1e2", "1E2", "12345678901234567890123456789012345678901234567890",
        "0.1e-2147483648", "1e2147483648", "1e999999999999", "00", "01", "1.", ".5", "+1", "NaN", "Infinity", "-Infinity",
    ];

    private static readonly byte[][] BadUtf8 =
    [
        [0xFF], [0xFE], [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
        [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE0, 0xB8], [0x80], [0xC2], [0x00], [0xEF, 0xBB, 0xBF],
    ];

    private static readonly string[] Surrogates = ["\\ud800", "\\udc00", "\\udbff", "\\ud800\\u0041", "\\udc00\\ud800", "\\uDFFF", "\\ud83d", "\\u0000"];

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ",", ":", "\"\"", "\" \"", "null", "true", "false", "0", "\"x\"", "{}", "[]", "\"iit\"", "\"eit\"", "\"oit\"",
        "\"responses\"", "\"unit\"", "\"type\"", "\"levels\"", "\"scales\"", "\"indicatorScores\"", "\"itemScores\"", "\"i1\"", "\"o1\"",
        "\"schemaVersion\"", "\"kind\"", "\"fiscalYear\"", "\"edition\"", "\"published\"", "\"measures\"", "\"reports\"", "\"status\"",
        "\"2568\"", "2568", "2564", "\"\\u0000\"", "\"๙๐.๔๒\"", "\"ดีมาก\"", "/*", "//", "'", "\\", "\"\\ud800\"",
    ];

    private static readonly string[] CsvTricks =
    [
        "\"", "\"\"", "\"a\"\"b\"", "\"unterminated", ",", ",,,,,,,,", "\r", "\n", "\r\n", "\n\r", "\r\r\n", "\u2028", "\0", "\t", " ",
        "\"line\nbreak\"", "\"a\",\"b\"", "=cmd", "\uFEFF", "-1", "255", "256", "99999999999", "1.5", "1e3", "๓", "true", "iit", "eit", "oit",
        "xit", "i1", "o1", "o99", "i999",
    ];

    /// <summary>The most bytes one mutation adds (inputs stay within a few MB however mutations chain).</summary>
    private const int MaxGrowth = 4_000_000;

    /// <summary>Applies 1–3 mutations chosen at random.</summary>
    public static byte[] Mutate(byte[] seed, string target, Random random)
    {
        var data = seed;
        var count = 1 + random.Next(3);
        for (var i = 0; i < count; i++)
        {
            data = MutateOnce(data, target, random);
            if (data.Length > 2 * MaxGrowth)
            {
                data = data[..(2 * MaxGrowth)];
            }
        }

        return data;
    }

    private static byte[] MutateOnce(byte[] data, string target, Random random)
    {
        var csv = target is "yearCsv" or "yearOitCsv";
        var thai = target == "thaiText";
        var roll = random.Next(100);
        return roll switch
        {
            < 8 => Truncate(data, random),
            < 18 => FlipBytes(data, random),
            < 30 => csv ? InsertText(data, Pick(random, CsvTricks), random) : thai ? InsertThai(data, random) : InsertText(data, Pick(random, JsonTokens), random),
            < 38 => DeleteSpan(data, random),
            < 46 => DuplicateSpan(data, random),
            < 58 => ReplaceNumber(data, random),
            < 64 => InsertBytes(data, Pick(random, BadUtf8), random),
            < 70 => thai ? InsertChars(data, ["\ud800", "\udc00", "\uffff", "\u0e50"], random) : InsertInString(data, Pick(random, Surrogates), random),
            < 74 => csv ? ManyLines(data, random) : DeepNesting(data, random),
            < 78 => HugeRepeat(data, random),
            < 81 => HugeString(data, random, csv),
            < 90 => csv ? LineEnds(data, random) : SwapValues(data, random),
            _ => csv ? InsertText(data, Pick(random, CsvTricks), random) : InsertText(data, Pick(random, ExtremeNumbers), random),
        };
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static byte[] Truncate(byte[] data, Random random) => data.Length == 0 ? data : data[..random.Next(data.Length)];

    private static byte[] FlipBytes(byte[] data, Random random)
    {
        if (data.Length == 0)
        {
            return [(byte)random.Next(256)];
        }

        var copy = (byte[])data.Clone();
        var flips = 1 + random.Next(4);
        for (var i = 0; i < flips; i++)
        {
            var at = random.Next(copy.Length);
            copy[at] = random.Next(3) switch
            {
                0 => (byte)(copy[at] ^ (1 << random.Next(8))),
                1 => (byte)random.Next(256),
                _ => (byte)Punctuation[random.Next(Punctuation.Length)],
            };
        }

        return copy;
    }

    private static byte[] InsertBytes(byte[] data, byte[] bytes, Random random)
    {
        var at = data.Length == 0 ? 0 : random.Next(data.Length + 1);
        return [.. data.AsSpan(0, at), .. bytes, .. data.AsSpan(at)];
    }

    private static byte[] InsertText(byte[] data, string text, Random random) => InsertBytes(data, Encoding.UTF8.GetBytes(text), random);

    private static byte[] InsertThai(byte[] data, Random random)
    {
        string[] pieces = ["๑", "๙", "๐", ".", ",", " ", "มีนาคม", "ต.ค.", "พ.ศ.", "-", "–", "ถึง", "2565", "๒๕๖๕", "31", "/", "ปีงบประมาณ", "\u0e3a", "\t", "\u00a0", "e5", "+"];
        return InsertChars(data, [Pick(random, pieces)], random);
    }

    /// <summary>Inserts UTF-16 text at an even offset (the Thai target reads its input as UTF-16 code units).</summary>
    private static byte[] InsertChars(byte[] data, string[] choices, Random random)
    {
        var text = Pick(random, choices);
        var bytes = new byte[text.Length * 2];
        Buffer.BlockCopy(text.ToCharArray(), 0, bytes, 0, bytes.Length);
        var at = data.Length < 2 ? 0 : random.Next(data.Length / 2 + 1) * 2;
        at = Math.Min(at, data.Length & ~1);
        return [.. data.AsSpan(0, at), .. bytes, .. data.AsSpan(at)];
    }

    private static byte[] DeleteSpan(byte[] data, Random random)
    {
        if (data.Length < 2)
        {
            return data;
        }

        var (from, length) = Span(data, random);
        return [.. data.AsSpan(0, from), .. data.AsSpan(from + length)];
    }

    private static byte[] DuplicateSpan(byte[] data, Random random)
    {
        if (data.Length < 2)
        {
            return data;
        }

        var (from, length) = Span(data, random);
        var copies = 1 + random.Next(random.Next(10) == 0 ? 200 : 3);
        copies = Math.Max(1, Math.Min(copies, MaxGrowth / Math.Max(1, length)));
        var result = new List<byte>(data.Length + (length * copies));
        result.AddRange(data.AsSpan(0, from + length));
        for (var i = 0; i < copies; i++)
        {
            result.AddRange(data.AsSpan(from, length));
        }

        result.AddRange(data.AsSpan(from + length));
        return [.. result];
    }

    /// <summary>A span that is often one JSON token (up to a delimiter), sometimes a random run.</summary>
    private static (int From, int Length) Span(byte[] data, Random random)
    {
        var from = random.Next(data.Length);
        if (random.Next(2) == 0)
        {
            var end = from + 1;
            while (end < data.Length && !IsDelimiter(data[end]) && end - from < 64)
            {
                end++;
            }

            return (from, end - from);
        }

        return (from, 1 + random.Next(Math.Min(64, data.Length - from)));
    }

    private static bool IsDelimiter(byte b) => b is (byte)',' or (byte)':' or (byte)'{' or (byte)'}' or (byte)'[' or (byte)']' or (byte)'\n' or (byte)'"';

    /// <summary>Replaces a number (a run of digits, possibly with sign, point and exponent) with an extreme one.</summary>
    private static byte[] ReplaceNumber(byte[] data, Random random)
    {
        var starts = new List<int>();
        for (var i = 0; i < data.Length; i++)
        {
            if (char.IsAsciiDigit((char)data[i]) && (i == 0 || !char.IsAsciiDigit((char)data[i - 1]) && data[i - 1] != '.'))
            {
                starts.Add(i);
            }
        }

        if (starts.Count == 0)
        {
            return InsertText(data, Pick(random, ExtremeNumbers), random);
        }

        var from = starts[random.Next(starts.Count)];
        var end = from;
        while (end < data.Length && (char.IsAsciiDigit((char)data[end]) || data[end] is (byte)'.' or (byte)'e' or (byte)'E' or (byte)'+' or (byte)'-'))
        {
            end++;
        }

        return [.. data.AsSpan(0, from), .. Encoding.UTF8.GetBytes(Pick(random, ExtremeNumbers)), .. data.AsSpan(end)];
    }

    /// <summary>Inserts an escape right after a quote (inside a string or a property name).</summary>
    private static byte[] InsertInString(byte[] data, string escape, Random random)
    {
        var quotes = new List<int>();
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == (byte)'"')
            {
                quotes.Add(i + 1);
            }
        }

        if (quotes.Count == 0)
        {
            return InsertText(data, "\"" + escape + "\"", random);
        }

        var at = quotes[random.Next(quotes.Count)];
        return [.. data.AsSpan(0, at), .. Encoding.UTF8.GetBytes(escape), .. data.AsSpan(at)];
    }

    /// <summary>Wraps a value (or the whole input) in many levels of arrays or objects.</summary>
    private static byte[] DeepNesting(byte[] data, Random random)
    {
        var depth = random.Next(4) switch { 0 => 60 + random.Next(10), 1 => 200, 2 => 5_000, _ => 100_000 };
        var array = random.Next(2) == 0;
        var open = array ? "[" : "{\"a\":";
        var close = array ? "]" : "}";
        var at = data.Length == 0 ? 0 : random.Next(data.Length);
        var sb = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            sb.Append(open);
        }

        var prefix = Encoding.UTF8.GetBytes(sb.ToString());
        sb.Clear();
        for (var i = 0; i < depth; i++)
        {
            sb.Append(close);
        }

        var closeUnbalanced = random.Next(3) == 0 ? depth / 2 : depth;
        var suffix = Encoding.UTF8.GetBytes(sb.ToString(0, closeUnbalanced));
        return [.. data.AsSpan(0, at), .. prefix, .. "0"u8, .. suffix, .. data.AsSpan(at)];
    }

    /// <summary>Repeats an element or line many times (huge arrays, many respondents, many rows).</summary>
    private static byte[] HugeRepeat(byte[] data, Random random)
    {
        var pieces = random.Next(5) switch
        {
            0 => "{},",
            1 => "{\"i1\":9},",
            2 => "null,",
            3 => "0,",
            _ => null,
        };
        var times = random.Next(4) switch { 0 => 1_000, 1 => 10_000, 2 => 50_000, _ => 200_000 };
        if (pieces is null && data.Length > 1)
        {
            var (from, length) = Span(data, random);
            var result = new List<byte>(data.Length + Math.Min(MaxGrowth, length * Math.Min(times, MaxGrowth)));
            result.AddRange(data.AsSpan(0, from));
            for (var i = 0; i < Math.Min(times, MaxGrowth / Math.Max(1, length)); i++)
            {
                result.AddRange(data.AsSpan(from, length));
            }

            result.AddRange(data.AsSpan(from));
            return [.. result];
        }

        // Into the first array, when there is one: a long array of the piece.
        var at = Array.IndexOf(data, (byte)'[');
        at = at < 0 ? (data.Length == 0 ? 0 : random.Next(data.Length)) : at + 1;
        var repeated = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(pieces ?? "0,", times)));
        return [.. data.AsSpan(0, at), .. repeated, .. data.AsSpan(at)];
    }

    private static byte[] HugeString(byte[] data, Random random, bool csv)
    {
        var length = random.Next(3) switch { 0 => 10_000, 1 => 300_000, _ => 2_000_000 };
        var ch = random.Next(3) switch { 0 => "a", 1 => "ก", _ => csv ? "," : "\\u0e01" };
        var text = string.Concat(Enumerable.Repeat(ch, length / ch.Length));
        return csv ? InsertText(data, text, random) : InsertInString(data, text, random);
    }

    /// <summary>Many lines: a row duplicated many times, or many empty / blank lines.</summary>
    private static byte[] ManyLines(byte[] data, Random random)
    {
        var lastLine = Array.LastIndexOf(data, (byte)'\n', Math.Max(0, data.Length - 2));
        var line = lastLine >= 0 ? data[(lastLine + 1)..] : data;
        if (line.Length == 0 || line[^1] != (byte)'\n')
        {
            line = [.. line, (byte)'\n'];
        }

        var times = random.Next(3) switch { 0 => 1_000, 1 => 30_000, _ => 100_000 };
        times = Math.Max(1, Math.Min(times, MaxGrowth / Math.Max(1, line.Length))); // a long last line: fewer copies
        var result = new List<byte>(data.Length + (line.Length * times));
        result.AddRange(data);
        if (data.Length > 0 && data[^1] != (byte)'\n')
        {
            result.Add((byte)'\n');
        }

        for (var i = 0; i < times; i++)
        {
            if (random.Next(4) == 0)
            {
                result.AddRange("\n"u8);
            }
            else
            {
                result.AddRange(line);
            }
        }

        return [.. result];
    }

    /// <summary>Changes line ends: CRLF, lone CR, none at the end, a BOM, NUL bytes.</summary>
    private static byte[] LineEnds(byte[] data, Random random)
    {
        var text = Encoding.UTF8.GetString(data);
        return Encoding.UTF8.GetBytes(random.Next(5) switch
        {
            0 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
            1 => text.Replace("\n", "\r", StringComparison.Ordinal),
            2 => text.TrimEnd('\n'),
            3 => "\uFEFF" + text,
            _ => text.Replace(",", ",\0", StringComparison.Ordinal),
        });
    }

    /// <summary>Swaps a JSON value for another kind (string for number, object for array …).</summary>
    private static byte[] SwapValues(byte[] data, Random random)
    {
        string[] values = ["\"\"", "\" \"", "null", "{}", "[]", "true", "\"100\"", "[1,2]", "{\"x\":1}", "-1", "\"\\ud800\""];
        var colons = new List<int>();
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] == (byte)':')
            {
                colons.Add(i + 1);
            }
        }

        if (colons.Count == 0)
        {
            return InsertText(data, Pick(random, values), random);
        }

        var from = colons[random.Next(colons.Count)];
        while (from < data.Length && data[from] == (byte)' ')
        {
            from++;
        }

        var end = from;
        if (end < data.Length && data[end] == (byte)'"')
        {
            end++;
            while (end < data.Length && data[end] != (byte)'"')
            {
                end += data[end] == (byte)'\\' ? 2 : 1;
            }

            end = Math.Min(end + 1, data.Length);
        }
        else
        {
            while (end < data.Length && !IsDelimiter(data[end]))
            {
                end++;
            }
        }

        return [.. data.AsSpan(0, from), .. Encoding.UTF8.GetBytes(Pick(random, values)), .. data.AsSpan(end)];
    }
}
