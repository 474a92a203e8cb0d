using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Ita.Model.Batch;

namespace Ita.Model.Tests.Batch;

/// <summary>The answers reader's fast row path (whole lines a buffer at a time, rows split by one vector comparison,
/// clean rows taken without the general row code) gives exactly what the line-by-line reader with the general field
/// splitter gives — the same year, the same problems on the same lines and columns — on clean and damaged files,
/// whatever the read sizes and limits.</summary>
public sealed class CsvFastPathTests
{
    private static readonly string[] Damages =
    [
        "empty line", "CR", "duplicate", "level 9", "level x", "extra field", "missing field", "quoted unit",
        "quote inside", "long unit", "unknown item", "tool oit", "bad UTF-8", "moved", "part on single", "no final LF",
        "long line", "Thai unit", "quoted item", "empty unit", "empty respondent",
    ];

    [ItaProperty(80)]
    public Property FastPath_ReadsAnyFile_AsTheReferenceReader()
    {
        var damages = (from n in Gen.Choose(0, 6)
                       from list in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, Damages.Length - 1), Gen.Choose(0, 10_000)), n)
                       select list).ToArbitrary();
        var reads = (from chunk in Gen.Choose(1, 300)
                     from maxLine in Gen.Elements(0, 24, 40, 70, 200)
                     from onBadRow in Gen.Elements(BadRowHandling.Skip, BadRowHandling.Stop)
                     from maxAnswers in Gen.Elements(0, 3, 30)
                     from maxRespondents in Gen.Elements(0, 2, 40)
                     select (chunk, maxLine, onBadRow, maxAnswers, maxRespondents)).ToArbitrary();
        return Prop.ForAll(ItaArbitraries.Years("2568", "2563-2565"), damages, reads, (GeneratedYear generated, (int Kind, int At)[] damage, (int Chunk, int MaxLine, BadRowHandling OnBadRow, int MaxAnswers, int MaxRespondents) read) =>
        {
            var (chunk, maxLine, onBadRow, maxAnswers, maxRespondents) = read;
            var year = generated.Build();
            using var answers = new MemoryStream();
            using var oit = new MemoryStream();
            year.WriteCsv(answers, oit);
            var bytes = Damage(answers.ToArray(), damage);
            var options = new YearReadOptions
            {
                Edition = generated.Edition,
                FiscalYear = year.FiscalYear,
                OnBadRow = onBadRow,
                MaxLineBytes = maxLine > 0 ? maxLine : 1 << 16,
                MaxAnswersPerRespondent = maxAnswers > 0 ? maxAnswers : 10_000,
                MaxRespondentsPerUnit = maxRespondents > 0 ? maxRespondents : 1_000_000,
            };

            var fast = Read(bytes, options, chunk, YearCsv.ReadSequential);
            var reference = Read(bytes, options, chunk, YearCsv.ReadReference);
            Assert.Equal(reference, fast);
        });
    }

    [Fact]
    public void FastPath_ReportsTheSameLinesAndColumns_AsTheReference_OnAFileWithEveryDamage()
    {
        var edition = Edition.ForId("2568");
        var rows = new StringBuilder("unit,tool,respondent,item,part,answer\n");
        for (var u = 0; u < 20; u++)
        {
            for (var r = 1; r <= 3; r++)
            {
                foreach (var code in new[] { "i1", "i2", "i3", "e1", "e2" })
                {
                    rows.Append('U').Append(u).Append(code[0] == 'i' ? ",iit," : ",eit,").Append(r).Append(',').Append(code).Append(",,1\n");
                }
            }
        }

        var clean = Encoding.UTF8.GetBytes(rows.ToString());
        var damage = Enumerable.Range(0, Damages.Length).Select(k => (k, k * 37)).ToList();
        var bytes = Damage(clean, damage);
        var options = new YearReadOptions { Edition = edition, FiscalYear = 2568, OnBadRow = BadRowHandling.Skip };

        var fast = Read(bytes, options, 4096, YearCsv.ReadSequential);
        var reference = Read(bytes, options, 4096, YearCsv.ReadReference);

        Assert.Equal(reference, fast);
        Assert.Contains("problem", fast, StringComparison.Ordinal);
    }

    [Fact]
    public void Damages_StackedOnOneLine_StillGiveAFile_ThatBothReadersReadAlike()
    {
        // Every damage aimed at the same line after an empty line was inserted there, and again after the line lost a
        // field: the seed that found the helper's crash (an empty line, then "unknown item" on it) is among these.
        var clean = Encoding.UTF8.GetBytes("unit,tool,respondent,item,part,answer\nU1,iit,1,i1,,1\nU1,iit,1,i2,,2\nU1,eit,1,e1,,3\n");
        var options = new YearReadOptions { Edition = Edition.ForId("2568"), FiscalYear = 2568, OnBadRow = BadRowHandling.Skip };
        foreach (var first in new[] { 0, 6 })
        {
            for (var kind = 0; kind < Damages.Length; kind++)
            {
                var bytes = Damage(clean, [(first, 0), (first, 0), (kind, 0)]);
                Assert.Equal(Read(bytes, options, 7, YearCsv.ReadReference), Read(bytes, options, 7, YearCsv.ReadSequential));
            }
        }
    }

    private static string Read(byte[] bytes, YearReadOptions options, int chunk, Action<Stream, string?, YearReadSession, YearDataBuilder> read)
    {
        var session = new YearReadSession(options);
        try
        {
            read(new ChunkedStream(bytes, chunk), "answers.csv", session, session.Builder!);
            var year = session.Build("answers.csv");
            using var answers = new MemoryStream();
            using var oit = new MemoryStream();
            year.WriteCsv(answers, oit);
            return Encoding.UTF8.GetString(answers.ToArray()) + string.Concat(year.ReadProblems.Select(Show));
        }
        catch (ItaValidationException ex)
        {
            return "stopped: " + string.Concat(ex.Problems.Select(Show));
        }
    }

    private static string Show(ValidationProblem p) => $"\nproblem {p.Code} {p.Path} line {p.Line} column {p.Column}: {p.Message}";

    /// <summary>Applies damages to the lines of a file (a damage's position is taken modulo the number of lines).</summary>
    private static byte[] Damage(byte[] file, IEnumerable<(int Kind, int At)> damages)
    {
        var text = Encoding.UTF8.GetString(file);
        var lines = text.Split('\n').ToList();
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        var finalLf = true;
        var bad = new List<(int Line, byte[] Bytes)>();
        foreach (var (kind, at) in damages)
        {
            if (lines.Count < 2)
            {
                break;
            }

            var i = 1 + (at % (lines.Count - 1));
            var fields = lines[i].Split(',');
            if (fields.Length < 6 && !KeepsFields(Damages[kind]))
            {
                // The line is an inserted empty line or has lost a field: a damage that rewrites fields has none to
                // rewrite (CI run of 2 December 2026 found this in the helper: index out of range; FsCheck replay
                // "(7504331358531378530,7460271297236229543,33)": an empty line, then "unknown item" on it).
                continue;
            }

            switch (Damages[kind])
            {
                case "empty line": lines.Insert(i, string.Empty); break;
                case "CR": lines[i] += "\r"; break;
                case "duplicate": lines.Insert(i, lines[i]); break;
                case "level 9": lines[i] = string.Join(',', fields[..^1]) + ",9"; break;
                case "level x": lines[i] = string.Join(',', fields[..^1]) + ",x"; break;
                case "extra field": lines[i] += ",x"; break;
                case "missing field": lines[i] = string.Join(',', fields[..^1]); break;
                case "quoted unit": fields[0] = "\"" + fields[0] + "\""; lines[i] = string.Join(',', fields); break;
                case "quote inside": lines[i] = "a\"b," + string.Join(',', fields[1..]); break;
                case "long unit": lines[i] = new string('L', 60) + "," + string.Join(',', fields[1..]); break;
                case "unknown item": fields[3] = "zz9"; lines[i] = string.Join(',', fields); break;
                case "tool oit": fields[1] = "oit"; lines[i] = string.Join(',', fields); break;
                case "bad UTF-8": bad.Add((i, [0xFF, (byte)',', .. Encoding.UTF8.GetBytes(string.Join(',', fields[1..]))])); break;
                case "moved": lines.Add(lines[i]); lines.RemoveAt(i); break;
                case "part on single": fields[4] = "a"; lines[i] = string.Join(',', fields); break;
                case "no final LF": finalLf = false; break;
                case "long line": fields[0] = "หน่วยงานที่มีชื่อยาวมากจริงๆ"; lines[i] = string.Join(',', fields); break;
                case "Thai unit": fields[0] = "กรม" + fields[0]; lines[i] = string.Join(',', fields); break;
                case "quoted item": fields[3] = "\"" + fields[3] + "\""; lines[i] = string.Join(',', fields); break;
                case "empty unit": fields[0] = string.Empty; lines[i] = string.Join(',', fields); break;
                default: fields[2] = string.Empty; lines[i] = string.Join(',', fields); break;
            }
        }

        var bytes = lines.Select(l => Encoding.UTF8.GetBytes(l)).ToList();
        foreach (var (line, b) in bad)
        {
            if (line < bytes.Count)
            {
                bytes[line] = b;
            }
        }

        var output = new List<byte>();
        for (var k = 0; k < bytes.Count; k++)
        {
            output.AddRange(bytes[k]);
            if (k < bytes.Count - 1 || finalLf)
            {
                output.Add((byte)'\n');
            }
        }

        return [.. output];
    }

    /// <summary>Whether a damage leaves the line's fields alone (so it applies to a line of any shape).</summary>
    private static bool KeepsFields(string damage) =>
        damage is "empty line" or "CR" or "duplicate" or "extra field" or "moved" or "no final LF";

    /// <summary>A stream that returns at most <paramref name="chunk"/> bytes per read.</summary>
    private sealed class ChunkedStream(byte[] bytes, int chunk) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);
    }
}
