using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Viva.Core.Bank;

/// <summary>
/// The areas and topics a bank knows, read from the <c>bank.yml</c> at its root. A question naming an
/// area or topic that is not listed here is an error, so typos cannot create new topics.
/// </summary>
public sealed record Taxonomy(string Name, IReadOnlyList<Area> Areas)
{
    public const string FileName = "bank.yml";

    public Area? FindArea(string id) => Areas.FirstOrDefault(a => a.Id == id);

    /// <summary>Reads a <c>bank.yml</c>; problems are returned, never thrown.</summary>
    public static (Taxonomy? Taxonomy, Problem? Problem) Load(string path)
    {
        try
        {
            var yaml = new YamlStream();
            using (var reader = new StreamReader(path))
                yaml.Load(reader);
            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
                return (null, new Problem(path, 1, "bank", "bank.yml must be a mapping with 'name' and 'areas'"));
            var name = (root.Children.TryGetValue("name", out var n) ? (n as YamlScalarNode)?.Value : null) ?? "bank";
            if (!root.Children.TryGetValue("areas", out var areasNode) || areasNode is not YamlMappingNode areas)
                return (null, new Problem(path, (int)root.Start.Line, "areas", "missing mapping of area id to {title, topics}"));
            var list = new List<Area>();
            foreach (var (key, value) in areas.Children)
            {
                var id = ((YamlScalarNode)key).Value ?? "";
                if (value is not YamlMappingNode area
                    || !area.Children.TryGetValue("title", out var title)
                    || !area.Children.TryGetValue("topics", out var topicsNode)
                    || topicsNode is not YamlMappingNode topics)
                    return (null, new Problem(path, (int)key.Start.Line, $"areas.{id}", "needs 'title' and a 'topics' mapping of topic id to title"));
                list.Add(new Area(id, ((YamlScalarNode)title).Value ?? id,
                    topics.Children.Select(t => new Topic(((YamlScalarNode)t.Key).Value ?? "", ((YamlScalarNode)t.Value).Value ?? "")).ToList()));
            }
            return (new Taxonomy(name, list), null);
        }
        catch (YamlException e)
        {
            return (null, new Problem(path, (int)e.Start.Line, "bank", $"YAML does not parse: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (InvalidOperationException)
        {
            return (null, new Problem(path, 1, "bank", "YAML does not parse (an unclosed list, mapping or quote?)"));
        }
        catch (InvalidCastException)
        {
            return (null, new Problem(path, 1, "bank", "area and topic ids and titles must be plain strings"));
        }
    }
}
