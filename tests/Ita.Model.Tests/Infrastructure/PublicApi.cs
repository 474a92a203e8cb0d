using System.Reflection;
using System.Text;

namespace Ita.Model.Tests;

/// <summary>Renders an assembly's public surface as text: namespaces, types ordered by full name, members grouped by
/// kind then name, fully qualified, with nullable annotations.</summary>
internal static class PublicApi
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static string Render(Assembly assembly)
    {
        var sb = new StringBuilder();
        foreach (var ns in assembly.GetExportedTypes().GroupBy(t => t.Namespace ?? string.Empty, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append("namespace ").Append(ns.Key).Append('\n');
            foreach (var type in ns.OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                RenderType(sb, type);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static void RenderType(StringBuilder sb, Type type)
    {
        sb.Append("  ").Append(TypeHeader(type)).Append('\n');
        if (type.IsEnum)
        {
            foreach (var name in Enum.GetNames(type))
            {
                sb.Append("    ").Append(name).Append(" = ").Append(Convert.ToInt64(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            }

            return;
        }

        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var lines = new List<(int Kind, string Name, string Text)>();
        foreach (var c in type.GetConstructors(flags))
        {
            lines.Add((0, ".ctor", $"ctor({Parameters(c)})"));
        }

        foreach (var f in type.GetFields(flags).Where(f => !f.IsSpecialName))
        {
            lines.Add((1, f.Name, $"{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}field {Name(f.FieldType, Nullability.Create(f))} {f.Name}"));
        }

        foreach (var p in type.GetProperties(flags))
        {
            var accessors = new List<string>();
            if (p.GetMethod is { IsPublic: true })
            {
                accessors.Add("get;");
            }

            if (p.SetMethod is { IsPublic: true } set)
            {
                accessors.Add(set.ReturnParameter.GetRequiredCustomModifiers().Any(m => string.Equals(m.Name, "IsExternalInit", StringComparison.Ordinal)) ? "init;" : "set;");
            }

            if (accessors.Count == 0)
            {
                continue;
            }

            var isStatic = (p.GetMethod ?? p.SetMethod)!.IsStatic ? "static " : string.Empty;
            var indexer = p.GetIndexParameters().Length > 0 ? $"this[{string.Join(", ", p.GetIndexParameters().Select(Parameter))}]" : p.Name;
            lines.Add((2, p.Name, $"{isStatic}property {Name(p.PropertyType, Nullability.Create(p))} {indexer} {{ {string.Join(' ', accessors)} }}"));
        }

        foreach (var e in type.GetEvents(flags))
        {
            lines.Add((3, e.Name, $"event {Name(e.EventHandlerType!, null)} {e.Name}"));
        }

        foreach (var m in type.GetMethods(flags).Where(m => !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)))
        {
            var generic = m.IsGenericMethodDefinition ? $"<{string.Join(", ", m.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;
            var modifiers = (m.IsStatic ? "static " : string.Empty) + (m.IsAbstract && !type.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && !type.IsInterface ? "virtual " : string.Empty);
            var extension = m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false) ? "this " : string.Empty;
            lines.Add((4, m.Name, $"{modifiers}method {Name(m.ReturnType, Nullability.Create(m.ReturnParameter))} {m.Name}{generic}({extension}{Parameters(m)})"));
        }

        foreach (var line in lines.OrderBy(l => l.Kind).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Text, StringComparer.Ordinal))
        {
            sb.Append("    ").Append(line.Text).Append('\n');
        }
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute), false) ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class" : type.IsAbstract ? "abstract class" : type.IsSealed ? "sealed class" : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
        {
            bases.Add(Name(b, null));
        }

        bases.AddRange(type.GetInterfaces().Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        return $"{kind} {Name(type, null)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute), false) ? "params " : string.Empty;
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var defaultValue = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : p.DefaultValue is bool bv ? (bv ? "true" : "false") : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : string.Empty;
        return $"{prefix}{Name(type, Nullability.Create(p))} {p.Name}{defaultValue}";
    }

    private static string Name(Type type, NullabilityInfo? info)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, null) + "?";
        }

        string name;
        if (type.IsArray)
        {
            name = Name(type.GetElementType()!, info?.ElementType) + "[]";
        }
        else if (type.IsGenericParameter)
        {
            name = type.Name;
        }
        else if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            var baseName = (definition.FullName ?? definition.Name).Split('`')[0];
            var args = type.GetGenericArguments();
            var argNames = args.Select((a, i) => Name(a, info is not null && info.GenericTypeArguments.Length > i ? info.GenericTypeArguments[i] : null));
            name = $"{baseName}<{string.Join(", ", argNames)}>";
        }
        else
        {
            name = (type.FullName ?? type.Name).Replace('+', '.');
        }

        return info is { ReadState: NullabilityState.Nullable } && !type.IsValueType ? name + "?" : name;
    }
}
