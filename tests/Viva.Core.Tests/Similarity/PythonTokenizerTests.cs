using Viva.Core.Similarity;

namespace Viva.Core.Tests.Similarity;

public class PythonTokenizerTests
{
    private const string Original = """
        import math


        def area(radius):
            '''The area of a circle.'''
            # pi times r squared
            return math.pi * radius ** 2  # square it


        def total(shapes):
            return sum(area(r) for r in shapes if r > 0.5)
        """;

    private static string Texts(string code) => string.Join(" ", PythonTokenizer.Tokenize(code).Select(t => t.Text));

    [Fact]
    public void Renaming_identifiers_and_changing_comments_docstrings_literals_and_layout_leave_the_tokens_unchanged()
    {
        const string disguised = """
            import math
            def surface(r):
                  return math.pi * r ** 3   # cubed, but a literal is a literal
            def grand_total(items):
                  "Sums them."
                  return sum(surface(x)
                             for x in items if x > 7)
            """;
        Assert.Equal(Texts(Original), Texts(disguised));
    }

    [Fact]
    public void A_changed_operator_changes_the_tokens()
    {
        Assert.NotEqual(Texts(Original), Texts(Original.Replace("r > 0.5", "r >= 0.5", StringComparison.Ordinal)));
        Assert.NotEqual(Texts(Original), Texts(Original.Replace("radius ** 2", "radius * 2", StringComparison.Ordinal)));
    }

    [Fact]
    public void Indentation_is_structure_INDENT_and_DEDENT_are_kept_and_each_token_keeps_its_position()
    {
        var tokens = PythonTokenizer.Tokenize("if x:\n    y = 1\nz = 'a'\n");
        Assert.Equal("if N : NL IN N = 0 NL DE N = S NL", string.Join(" ", tokens.Select(t => t.Text)));
        var z = tokens.Single(t => t is { Text: "N", Line: 3 });
        Assert.Equal(1, z.Column);
        Assert.Equal((2, 9), (tokens.Single(t => t.Text == "0").Line, tokens.Single(t => t.Text == "0").Column));
    }

    [Fact]
    public void Builtins_are_kept_unless_asked_otherwise_and_attributes_are_names()
    {
        Assert.Equal("N = len ( N . N ) NL", Texts("n = len(x.len)"));
        Assert.Equal("N = N ( N . N ) NL", string.Join(" ", PythonTokenizer.Tokenize("n = len(x.len)", keepBuiltins: false).Select(t => t.Text)));
    }

    [Fact]
    public void Strings_with_prefixes_escapes_and_several_lines_are_one_literal_and_never_break_the_tokenizer()
    {
        Assert.Equal("N = S + S + S NL N NL", Texts("s = rb'\\'' + f\"{x!r}\" + '''a\n'b\nc'''\nq\n"));
        Assert.Equal("N = S NL", Texts("s = 'unterminated\n"));
        Assert.Equal("N ( N , N NL", Texts("f(a,\n  b"));
    }
}
