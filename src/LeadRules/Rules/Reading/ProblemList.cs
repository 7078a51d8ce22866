using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadRules.Rules.Reading;

/// <summary>Collects the problems of one rule file, each located at a JSON token.</summary>
internal sealed class ProblemList
{
    private readonly List<RuleProblem> _problems = new();

    public ProblemList(string source) => Source = source;

    public string Source { get; }

    public int Count => _problems.Count;

    public void Add(JToken? at, string? workflow, string? rule, string message)
    {
        var (line, column) = Locate(at);
        _problems.Add(new RuleProblem(Source, line, column, workflow, rule, message));
    }

    public void Add(int line, int column, string message) =>
        _problems.Add(new RuleProblem(Source, line, column, null, null, message));

    public IReadOnlyList<RuleProblem> InFileOrder() =>
        _problems.Select((p, i) => (p, i)).OrderBy(x => x.p.Line).ThenBy(x => x.p.Column).ThenBy(x => x.i).Select(x => x.p).ToList();

    /// <summary>The line and column where a token starts; a property is located at its name's opening quote.</summary>
    private static (int Line, int Column) Locate(JToken? token)
    {
        if (token is not IJsonLineInfo info || !info.HasLineInfo())
        {
            return (0, 0);
        }

        return token is JProperty property
            ? (info.LineNumber, System.Math.Max(1, info.LinePosition - property.Name.Length - 2))
            : (info.LineNumber, info.LinePosition);
    }
}
