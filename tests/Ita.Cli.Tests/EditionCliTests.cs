using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Model;

namespace Ita.Cli.Tests;

/// <summary><c>ita editions</c>, <c>ita editions diff</c> and <c>--edition-file</c> (issue 9).</summary>
public sealed class EditionCliTests
{
    [Fact]
    public void Editions_ListsEveryYearFrom2563To2569()
    {
        var (code, output, _) = CliRunner.Run("editions", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var editions = json.RootElement.GetProperty("editions").EnumerateArray().ToArray();
        Assert.Equal([2563, 2564, 2565, 2566, 2567, 2568, 2569], editions.SelectMany(e => e.GetProperty("fiscalYears").EnumerateArray().Select(y => y.GetInt32())));
        Assert.True(editions.Single(e => e.GetProperty("id").GetString() == "2567").GetProperty("partial").GetBoolean());
        Assert.Equal("2568", editions.Single(e => e.GetProperty("id").GetString() == "2569").GetProperty("lineageFrom").GetString());
    }

    [Fact]
    public void EditionsDiff_2568To2569_PrintsEveryMapping()
    {
        var (code, output, _) = CliRunner.Run("editions", "diff", "2568", "2569", "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(27 + 24, items.Length); // 27 OIT mappings (o21 + o22 merged), 15 IIT and 9 EIT
        Assert.Contains(items, i => i.GetProperty("change").GetString() == "replaced" && i.GetProperty("to")[0].GetString() == "o25");

        var (textCode, text, _) = CliRunner.Run("editions", "diff", "2568", "2569");
        Assert.Equal(0, textCode);
        Assert.Contains("o21, o22   → o20        merged", text, StringComparison.Ordinal);
        Assert.Contains("o11        → –          removed", text, StringComparison.Ordinal);
    }

    [Fact]
    public void EditionsDiff_WithoutLineage_Exits2SayingWhy()
    {
        var (code, _, error) = CliRunner.Run("editions", "diff", "2566", "2568");
        Assert.Equal(2, code);
        Assert.Contains("2568 declares no lineage", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EditionFile_LetsScoreAndCompareUseACustomFy2570Edition()
    {
        var dir = Directory.CreateTempSubdirectory("ita-2570-");
        try
        {
            var edition = JsonNode.Parse(Edition.ForId("2569").ToJson())!.AsObject();
            edition["id"] = "2570";
            edition["fiscalYears"] = new JsonArray(2570);
            var lineage = edition["lineage"]!.AsObject();
            lineage["from"] = "2569";
            var entries = new JsonArray();
            foreach (var item in Edition.ForId("2569").Items)
            {
                entries.Add(new JsonObject { ["from"] = new JsonArray(item.Code), ["to"] = new JsonArray(item.Code), ["change"] = "same", ["evidence"] = new JsonObject { ["provenance"] = "inferred", ["source"] = "test" } });
            }

            lineage["items"] = entries;
            var editionPath = Path.Combine(dir.FullName, "ita-2570.json");
            File.WriteAllText(editionPath, edition.ToJsonString());
            var scores = string.Join(", ", Enumerable.Range(1, 10).Select(n => $"\"{n}\": 90"));
            var doc = Path.Combine(dir.FullName, "unit-2570.json");
            File.WriteAllText(doc, $"{{\"schemaVersion\": 1, \"fiscalYear\": 2570, \"indicatorScores\": {{{scores}}}}}");

            var (without, _, error) = CliRunner.Run("score", doc);
            Assert.Equal(2, without);
            Assert.Contains("The latest edition is 2569 (FY 2569)", error, StringComparison.Ordinal);

            var (code, output, _) = CliRunner.Run("score", doc, "--edition-file", editionPath, "--format", "json");
            Assert.Equal(0, code);
            using var card = JsonDocument.Parse(output);
            Assert.Equal("2570", card.RootElement.GetProperty("edition").GetString());

            var (diffCode, diff, _) = CliRunner.Run("editions", "diff", "2568", "2570", "--edition-file", editionPath, "--format", "json");
            Assert.Equal(0, diffCode);
            using var diffJson = JsonDocument.Parse(diff);
            Assert.Equal(["2568", "2569", "2570"], diffJson.RootElement.GetProperty("path").EnumerateArray().Select(p => p.GetString()));

            foreach (var command in new[] { "validate", "audit", "report" })
            {
                var (c, _, e) = CliRunner.Run(command, doc, "--edition-file", editionPath);
                Assert.True(c == 0, $"{command}: exit {c}: {e}");
            }

            // ita document o25 scores the document too: it needs the FY 2570 edition as well.
            var plan = CliRunner.Fixture("measures", "bankum-2569-plan.json");
            var docx = Path.Combine(dir.FullName, "o25.docx");
            var (noEdition, _, o25Error) = CliRunner.Run("document", "o25", doc, "--plan", plan, "--out", docx);
            Assert.Equal(2, noEdition);
            Assert.Contains("The latest edition is 2569 (FY 2569)", o25Error, StringComparison.Ordinal);
            Assert.False(File.Exists(docx));
            var (o25, _, o25Err) = CliRunner.Run("document", "o25", doc, "--plan", plan, "--out", docx, "--edition-file", editionPath);
            Assert.True(o25 == 0, o25Err);
            Assert.True(File.Exists(docx));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void EditionFile_OnImport_IdentifiesItemsAgainstTheGivenEdition()
    {
        var dir = Directory.CreateTempSubdirectory("ita-import-edition-");
        try
        {
            // A corrected FY 2568 edition (here: the built-in one under another id) replaces the built-in one.
            var edition = JsonNode.Parse(Edition.ForId("2568").ToJson())!.AsObject();
            edition["id"] = "2568-corrected";
            var editionPath = Path.Combine(dir.FullName, "ita-2568-corrected.json");
            File.WriteAllText(editionPath, edition.ToJsonString());
            var seed = CliRunner.Fixture("seeds", "001-bankum-2568-o25.txt");

            var (code, output, error) = CliRunner.Run("import", seed, "--out", dir.FullName, "--edition-file", editionPath);

            Assert.True(code == 0, error);
            Assert.Contains("matched by question text (23)", output, StringComparison.Ordinal);
            using var written = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.FullName, "001-bankum-2568-o25-2568.json")));
            Assert.Equal("2568-corrected", written.RootElement.GetProperty("import").GetProperty("edition").GetString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
