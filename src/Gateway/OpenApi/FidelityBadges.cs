using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BackInStock.Gateway.OpenApi;

/// <summary>
/// The contract as the API reference serves it: each operation's x-fidelity also as a badge (Scalar draws
/// `x-badges` beside the operation's title) and as the first line of its description, so a reader sees how far
/// to trust an answer where they read about it. Nothing else changes: the drift test's facts are the file's.
/// </summary>
public static class FidelityBadges
{
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

    private static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        ["documented"] = "#2e7d32",
        ["observed"] = "#1565c0",
        ["inferred"] = "#e65100",
        ["emulator"] = "#6a1b9a",
    };

    public static string Annotate(string contractYaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(contractYaml));
        if (stream.Documents[0].RootNode is YamlMappingNode root && root.Children.TryGetValue("paths", out var paths) && paths is YamlMappingNode items)
        {
            var operations = items.Children.Values.OfType<YamlMappingNode>()
                .SelectMany(item => item.Children.Where(c => Methods.Contains(c.Key.ToString())).Select(c => c.Value).OfType<YamlMappingNode>());
            foreach (var operation in operations)
            {
                if (operation.Children.TryGetValue("x-fidelity", out var declared) && declared is YamlScalarNode { Value: { } fidelity })
                {
                    Annotate(operation, fidelity);
                }
            }
        }

        using var text = new StringWriter();
        stream.Save(text, assignAnchors: false);
        return text.ToString();
    }

    private static void Annotate(YamlMappingNode operation, string fidelity)
    {
        var colon = fidelity.IndexOf(": ", StringComparison.Ordinal);
        var level = colon < 0 ? fidelity : fidelity[..colon];
        var evidence = colon < 0 ? string.Empty : fidelity[(colon + 2)..];
        operation.Children[new YamlScalarNode("x-badges")] = new YamlSequenceNode(new YamlMappingNode(
            new YamlScalarNode("name"), new YamlScalarNode(level),
            new YamlScalarNode("color"), new YamlScalarNode(Colors.GetValueOrDefault(level, "#616161")) { Style = ScalarStyle.DoubleQuoted }));

        var description = operation.Children.TryGetValue("description", out var existing) && existing is YamlScalarNode { Value: { } text } ? text.TrimEnd() : null;
        var first = $"**Fidelity: {level}.** {evidence}";
        operation.Children[new YamlScalarNode("description")] = new YamlScalarNode(description is null ? first : $"{first}\n\n{description}\n")
        {
            Style = ScalarStyle.Literal,
        };
    }
}
