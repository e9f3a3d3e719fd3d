using System.Diagnostics;
using System.Text.Json;
using Viva.Web.Tests.Infrastructure;

namespace Viva.Web.Tests.Api;

/// <summary>Redocly's recommended rules (config <c>redocly.yaml</c>) over an OpenAPI document: no error, no warning.</summary>
internal static class RedoclyLint
{
    public static async Task AssertCleanAsync(string document)
    {
        var file = Path.Combine(Path.GetTempPath(), $"viva-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document);
        try
        {
            var config = Path.Combine(RepoPaths.Root, "tests", "Viva.Web.Tests", "Api", "redocly.yaml");
            var start = new ProcessStartInfo(RepoPaths.Redocly) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "lint", file, "--config", config, "--format", "json" })
                start.ArgumentList.Add(arg);
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var lint = Process.Start(start)!;
            var stderr = lint.StandardError.ReadToEndAsync();
            var report = JsonDocument.Parse(await lint.StandardOutput.ReadToEndAsync()).RootElement;
            await lint.WaitForExitAsync();
            var problems = report.GetProperty("problems").EnumerateArray()
                .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}")
                .ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Equal(0, report.GetProperty("totals").GetProperty("errors").GetInt32());
            Assert.Equal(0, report.GetProperty("totals").GetProperty("warnings").GetInt32());
            Assert.True(lint.ExitCode == 0, await stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
