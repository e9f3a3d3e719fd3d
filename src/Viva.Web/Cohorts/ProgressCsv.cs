using System.Text;

namespace Viva.Web.Cohorts;

/// <summary>The progress table as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they need it).</summary>
internal static class ProgressCsv
{
    public static string Write(CohortProgress progress)
    {
        var csv = new StringBuilder();
        Line(csv, ["Learner", "E-mail", .. progress.Columns.Select(c => $"{c.Title} (due {c.Due:yyyy-MM-dd})")]);
        foreach (var row in progress.Rows)
            Line(csv, [row.Learner.Name, row.Learner.Email ?? "", .. row.Cells.Select(c => c.Overdue ? c.Text + " (overdue)" : c.Text)]);
        return csv.ToString();
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    /// <summary>
    /// One field. Names are the learners' own words: one starting with =, +, - or @ (or a tab or carriage
    /// return) would run as a formula in a spreadsheet, so it gets a leading apostrophe, which spreadsheets
    /// read as "text".
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
