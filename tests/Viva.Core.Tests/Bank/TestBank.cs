namespace Viva.Core.Tests.Bank;

/// <summary>A throw-away bank directory with a bank.yml, for tests that need files on disk.</summary>
internal sealed class TestBank : IDisposable
{
    public const string Taxonomy = """
        name: Test
        areas:
          language:
            title: Language
            topics:
              basics: Basics
          stdlib:
            title: Standard library
            topics:
              json: JSON
        """;

    /// <summary>A small question that meets every rule; tests break one thing at a time.</summary>
    public const string ValidQuestion = """
        ---
        id: sample
        title: A sample question
        area: language
        topic: basics
        level: mid
        tags: [sample]
        minutes: 5
        python: ">=3.8"
        ---

        ## Question

        What does `sum` return for an empty list?

        ## Answer

        Zero, the default start value.

        ## Key points

        - [3] Returns the start value, 0 by default.
        - [2] The start value can be changed.
        - [1] Works on any iterable.
        - [1] Strings are refused; use join.

        ## Follow-ups

        ### Why is str refused?

        Repeated concatenation is quadratic; `''.join` is linear.

        ### What about floats?

        Use `math.fsum` for exact rounding.

        ## Pitfalls

        - Saying it raises: it returns 0.

        ## Examples

        ### Empty sum

        ```python
        print(sum([]))
        ```

        ```output
        0
        ```

        ## Quiz

        ### predict: A start value

        ```python
        print(sum([1, 2], 10))
        ```

        ```output
        13
        ```

        The start value is added first.

        ### choice: What is `sum([])`?

        - [x] `0`
          The default start.
        - [ ] `None`
          It never returns None.

        ### multi: Which are iterables?

        - [x] A list
          Lists are iterable.
        - [x] A generator
          Generators are iterators.
        - [ ] An int
          Ints are not iterable.

        ## Exercise

        ### Prompt

        Write `total(xs)` that sums a list.

        ### Starter

        ```python
        def total(xs):
            return 0
        ```

        ### Solution

        ```python
        def total(xs):
            return sum(xs)
        ```

        ### Tests

        #### sums three numbers

        ```python
        result = total([1, 2, 3])
        ```

        ```json
        6
        ```

        #### an empty list

        ```python
        result = total([])
        ```

        ```json
        0
        ```

        ### Wrong solutions

        #### Only the first two items

        ```python
        def total(xs):
            return xs[0] + xs[1]
        ```

        #### Counts instead of summing

        ```python
        def total(xs):
            return len(xs)
        ```

        #### Starts from one

        Off by one: the empty list gives 1.

        ```python
        def total(xs):
            return sum(xs, 1)
        ```

        """;

    public TestBank()
    {
        Root = Directory.CreateTempSubdirectory("viva-bank-").FullName;
        File.WriteAllText(Path.Combine(Root, "bank.yml"), Taxonomy);
    }

    public string Root { get; }

    /// <summary>Writes a question file at area/id.md (relative path) and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
