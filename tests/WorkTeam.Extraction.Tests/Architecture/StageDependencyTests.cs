using System.Reflection;
using System.Reflection.Emit;
using WorkTeam.Extraction.Segmentation;

namespace WorkTeam.Extraction.Tests.Architecture;

/// <summary>
/// Dependencies point one way: a stage names only the stages below it. Read from the compiled
/// library: every type's base, interfaces, fields, signatures and the types and members its method
/// bodies name (IL operands), so a call hidden in a method body counts as much as a field.
/// </summary>
public class StageDependencyTests
{
    /// <summary>
    /// The stages from the bottom up; a stage may name its own rank and below. Text's reading tools
    /// (script detection, decoding) sit below Documents because Documents reads them; the quantity
    /// recognizers and the Fact record share Facts; the composition (ReportAnalyzer, its builder)
    /// is the root, on top.
    /// </summary>
    private static readonly Dictionary<string, int> Rank = new()
    {
        ["WorkTeam.Extraction.Resources"] = 0,
        ["WorkTeam.Extraction.Collections"] = 0,
        ["WorkTeam.Extraction.Text"] = 1,
        ["WorkTeam.Extraction.Documents"] = 2,
        ["WorkTeam.Extraction.Segmentation"] = 3,
        ["WorkTeam.Extraction.Numbers"] = 3,
        ["WorkTeam.Extraction.Facts"] = 4,
        ["WorkTeam.Extraction.Recognition"] = 5,
        ["WorkTeam.Extraction.Places"] = 6,
        ["WorkTeam.Extraction.Entities"] = 7,
        ["WorkTeam.Extraction.Links"] = 8,
        ["WorkTeam.Extraction.Analysis"] = 8,
        ["WorkTeam.Extraction"] = 9,
    };

    [Fact]
    public void No_stage_names_a_stage_above_it()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(Segmenter).Assembly.GetTypes())
        {
            var from = StageOf(type);
            if (from is null)
            {
                continue;
            }
            foreach (var used in TypesNamedBy(type))
            {
                if (StageOf(used) is { } to && Rank[to] > Rank[from])
                {
                    violations.Add($"{from} → {to}: {Outermost(type).FullName} names {Outermost(used).FullName}");
                }
            }
        }
        Assert.True(violations.Count == 0, "A lower stage names a higher one:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Every_stage_of_the_library_has_a_rank()
    {
        var unranked = typeof(Segmenter).Assembly.GetTypes()
            .Select(t => Outermost(t).Namespace)
            .Where(ns => ns is not null && ns.StartsWith("WorkTeam.Extraction", StringComparison.Ordinal) && !Rank.ContainsKey(ns))
            .Distinct().ToList();
        Assert.Empty(unranked);
    }

    [Fact]
    public void The_check_sees_a_call_inside_a_method_body()
    {
        // PlaceRecognizer's bodies name Text's classes: found through IL, not only through signatures.
        var place = typeof(Segmenter).Assembly.GetType("WorkTeam.Extraction.Places.PlaceRecognizer")!;
        Assert.Contains(TypesNamedBy(place), t => t.FullName == "WorkTeam.Extraction.Text.TextClasses");
    }

    private static string? StageOf(Type type)
    {
        var ns = Outermost(type).Namespace;
        return ns is not null && Rank.ContainsKey(ns) ? ns : null;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }
        return type;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    internal static IEnumerable<Type> TypesNamedBy(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t))
            {
                return;
            }
            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }
            if (t.IsGenericType)
            {
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }
        foreach (var field in type.GetFields(All))
        {
            Add(field.FieldType);
        }
        foreach (var property in type.GetProperties(All))
        {
            Add(property.PropertyType);
        }
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }
            foreach (var operand in OperandsOf(method))
            {
                Add(operand);
            }
        }
        return found;
    }

    /// <summary>The types that a method body's instructions name: their own, or the declaring type of a field or method.</summary>
    private static IEnumerable<Type> OperandsOf(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var module = method.Module;
        var typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var p = 0; p < il.Length;)
        {
            short value = il[p] == 0xFE ? (short)(0xFE00 | il[p + 1]) : il[p];
            p += il[p] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, p);
                    Type? named = null;
                    try
                    {
                        named = module.ResolveMember(token, typeArgs, methodArgs) switch
                        {
                            Type t => t,
                            MemberInfo m => m.DeclaringType,
                            _ => null,
                        };
                    }
                    catch (ArgumentException)
                    {
                        // A token of a generic context the resolver cannot reach: its type is named in a signature too.
                    }
                    if (named is not null)
                    {
                        yield return named;
                    }
                    p += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    p += 1;
                    break;
                case OperandType.InlineVar:
                    p += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    p += 8;
                    break;
                case OperandType.InlineSwitch:
                    p += 4 + (4 * BitConverter.ToInt32(il, p));
                    break;
                default:
                    p += 4;
                    break;
            }
        }
    }
}
