using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ArticleBot.Testing;

/// <summary>
/// Finds every place in an assembly's compiled code that builds JSON: a JsonObject, JsonArray or JsonValue made or
/// changed, a Utf8JsonWriter, JsonSerializer.Serialize, an object other than a JsonNode handed to JsonContent.Create,
/// Results.Json or the *AsJsonAsync helpers, a string literal shaped like JSON. It reads the IL, so target-typed
/// <c>new()</c>, lambdas and async methods count as what they are, and names each place's source file and line from
/// the portable PDB beside the assembly. Passing JSON on (a JsonObject parameter, DeepClone, ToJsonString) and
/// reading it are not building it.
/// </summary>
public static partial class JsonBuildingScan
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(op => op.Value);

    private static readonly HashSet<string> NodeMutators = ["set_Item", "Add", "Insert", "Remove", "RemoveAt", "Clear", "SetAt", "ReplaceWith", "op_Implicit"];

    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    /// <summary>Every place in <paramref name="assembly"/> that builds JSON, with its source file and line.</summary>
    public static IReadOnlyList<JsonBuildingSite> Find(Assembly assembly)
    {
        var pdb = Path.ChangeExtension(assembly.Location, ".pdb");
        using var provider = MetadataReaderProvider.FromPortablePdbStream(File.OpenRead(pdb));
        var debug = provider.GetMetadataReader();
        var declared = DeclaringDocuments(debug);
        var sites = new List<JsonBuildingSite>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                sites.AddRange(Scan(method, debug).Select(site => Generated(site.Document) ? Declaration(site, declared) : site));
            }
        }

        return sites;
    }

    private static IEnumerable<JsonBuildingSite> Scan(MethodBase method, MetadataReader debug)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } generic ? generic.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var points = SequencePoints(method, debug);
        for (var offset = 0; offset < il.Length;)
        {
            var start = offset;
            var value = il[offset] == 0xFE ? (short)(0xFE00 | il[offset + 1]) : il[offset];
            var op = OpCodesByValue[value];
            offset += op.Size;
            var operandSize = OperandSize(op.OperandType, il, offset);
            var what = op.OperandType switch
            {
                OperandType.InlineMethod => Building(method.Module.ResolveMethod(BitConverter.ToInt32(il, offset), typeArguments, methodArguments)),
                OperandType.InlineString => JsonShaped(method.Module.ResolveString(BitConverter.ToInt32(il, offset))),
                _ => null,
            };
            offset += operandSize;
            if (what is not null)
            {
                var (document, line) = Locate(points, start, debug);
                yield return new JsonBuildingSite(document, line, Outermost(method.DeclaringType!), method.Name, what);
            }
        }
    }

    /// <summary>Code a source generator wrote (under obj/, as System.Text.Json's serializers for a
    /// JsonSerializerContext) stands where the partial type that asked for it is declared.</summary>
    private static JsonBuildingSite Declaration(JsonBuildingSite site, Dictionary<int, List<string>> declared) =>
        declared.TryGetValue(site.Type.MetadataToken, out var documents) && documents.FirstOrDefault(document => !Generated(document)) is { } source
            ? site with { Document = source, Line = 0, What = site.What + " (generated)" }
            : site;

    private static bool Generated(string document) => document.Split('/', '\\').Contains("obj");

    // TypeDefinitionDocuments (https://github.com/dotnet/runtime/blob/main/docs/design/specs/PortablePdb-Metadata.md):
    // the files declaring a type whose methods there have no sequence points, such as `partial class X : JsonSerializerContext;`.
    private static readonly Guid TypeDefinitionDocuments = new("932E74BC-DBA9-4478-8D46-0F32A7BAB3D3");

    /// <summary>The source files declaring each type, by metadata token, as the PDB records them.</summary>
    private static Dictionary<int, List<string>> DeclaringDocuments(MetadataReader debug)
    {
        var declared = new Dictionary<int, List<string>>();
        foreach (var handle in debug.CustomDebugInformation)
        {
            var information = debug.GetCustomDebugInformation(handle);
            if (information.Parent.Kind != HandleKind.TypeDefinition || debug.GetGuid(information.Kind) != TypeDefinitionDocuments)
            {
                continue;
            }

            var blob = debug.GetBlobReader(information.Value);
            var documents = new List<string>();
            while (blob.RemainingBytes > 0)
            {
                var document = MetadataTokens.DocumentHandle(blob.ReadCompressedInteger());
                documents.Add(debug.GetString(debug.GetDocument(document).Name));
            }

            declared[MetadataTokens.GetToken(information.Parent)] = documents;
        }

        return declared;
    }

    private static string? Building(MethodBase? called)
    {
        var type = called?.DeclaringType;
        if (called is null || type is null)
        {
            return null;
        }

        if (type.Namespace == typeof(JsonNode).Namespace && (called is ConstructorInfo || NodeMutators.Contains(called.Name) || called.Name.StartsWith("Create", StringComparison.Ordinal)))
        {
            return $"{type.Name}.{called.Name}";
        }

        if (type == typeof(Utf8JsonWriter) || (type == typeof(JsonSerializer) && called.Name.StartsWith("Serialize", StringComparison.Ordinal)))
        {
            return $"{type.Name}.{called.Name}";
        }

        // Helpers that serialize what they are given: JSON already built is only passed on; anything else is built here.
        var serializes = (type.FullName, called.Name) switch
        {
            ("System.Net.Http.Json.JsonContent", "Create") => true,
            ("Microsoft.AspNetCore.Http.Results" or "Microsoft.AspNetCore.Http.TypedResults", "Json") => true,
            ("System.Net.Http.Json.HttpClientJsonExtensions" or "Microsoft.AspNetCore.Http.HttpResponseJsonExtensions", _) => called.Name.Contains("AsJson", StringComparison.Ordinal),
            _ => false,
        };
        var given = called.IsGenericMethod ? called.GetGenericArguments()[0] : called.GetParameters().FirstOrDefault(p => p.ParameterType != typeof(HttpClient))?.ParameterType;
        return serializes && (given is null || !typeof(JsonNode).IsAssignableFrom(given)) ? $"{type.Name}.{called.Name}<{given?.Name}>" : null;
    }

    private static string? JsonShaped(string literal) => JsonLiteral().IsMatch(literal) ? $"a JSON string \"{literal[..Math.Min(literal.Length, 40)]}\"" : null;

    // An object's first member ({"name": …) or an array of strings (["…", …): JSON, not a log template ({Name}).
    [GeneratedRegex("""\{\s*\\?"[^"\\]*\\?"\s*:|\[\s*\\?"[^"\\]*\\?"\s*[,\]]""")]
    private static partial Regex JsonLiteral();

    private static int OperandSize(OperandType type, byte[] il, int offset) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, offset)),
        _ => 4,
    };

    private static List<SequencePoint> SequencePoints(MethodBase method, MetadataReader debug)
    {
        var handle = MetadataTokens.MethodDefinitionHandle(method.MetadataToken);
        return debug.GetMethodDebugInformation(handle).GetSequencePoints().Where(point => !point.IsHidden).ToList();
    }

    /// <summary>The statement holding the instruction at <paramref name="offset"/>: the last sequence point at or
    /// before it (the first, for code before any). A method with no source is reported as such, so it fails a check
    /// of where JSON is built rather than passing it.</summary>
    private static (string Document, int Line) Locate(List<SequencePoint> points, int offset, MetadataReader debug)
    {
        if (points.Count == 0)
        {
            return ("(no source)", 0);
        }

        var point = points.LastOrDefault(p => p.Offset <= offset);
        if (point.Document.IsNil)
        {
            point = points[0];
        }

        return (debug.GetString(debug.GetDocument(point.Document).Name), point.StartLine);
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }
}
