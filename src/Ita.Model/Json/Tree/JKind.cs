namespace Ita.Model.Json;

internal enum JKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}
