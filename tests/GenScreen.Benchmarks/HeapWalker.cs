using System.Reflection;
using System.Runtime.CompilerServices;

namespace GenScreen.Benchmarks;

/// <summary>
/// Approximate retained bytes of an object graph (object headers, fields, array payloads, strings), each object
/// counted once across every walk, so structures that share objects are charged in walking order.
/// </summary>
internal sealed class HeapWalker
{
    private const BindingFlags Fields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, int> _sizes = [];

    public long Total { get; private set; }

    public long DuplicateStringBytes { get; private set; }

    /// <summary>Bytes and objects per type (arrays by their element type), over every walk: what to compact first.</summary>
    public Dictionary<Type, (long Bytes, int Count)> ByType { get; } = [];

    private void Tally(Type type, long size)
    {
        var (bytes, count) = ByType.GetValueOrDefault(type);
        ByType[type] = (bytes + size, count + 1);
    }

    public (long Bytes, long StringBytes, int Strings) Walk(object root)
    {
        long bytes = 0, stringBytes = 0;
        var strings = 0;
        var pending = new Stack<object>();
        pending.Push(root);
        while (pending.TryPop(out var item))
        {
            if (!_seen.Add(item) || item is Type or MemberInfo or Delegate or Assembly)
            {
                continue;
            }

            if (item is string text)
            {
                var size = 22 + 2L * text.Length;
                bytes += size;
                stringBytes += size;
                strings++;
                Tally(typeof(string), size);
                if (!_texts.Add(text))
                {
                    DuplicateStringBytes += size;
                }

                continue;
            }

            var type = item.GetType();
            if (item is Array array)
            {
                var element = type.GetElementType()!;
                var arrayBytes = 24 + (long)array.Length * (element.IsValueType ? SizeOf(element) : IntPtr.Size);
                bytes += arrayBytes;
                Tally(type, arrayBytes);
                if (!element.IsPrimitive && !element.IsEnum)
                {
                    foreach (var value in array)
                    {
                        Push(value, element, pending);
                    }
                }

                continue;
            }

            bytes += 16 + SizeOf(type);
            Tally(type, 16 + SizeOf(type));
            PushFields(item, pending);
        }

        Total += bytes;
        return (bytes, stringBytes, strings);
    }

    private void Push(object? value, Type declared, Stack<object> pending)
    {
        if (value is null)
        {
            return;
        }

        if (declared.IsValueType)
        {
            PushFields(value, pending); // an inline struct: its references, not itself
        }
        else
        {
            pending.Push(value);
        }
    }

    private void PushFields(object item, Stack<object> pending)
    {
        for (var type = item.GetType(); type is not null; type = type.BaseType)
        {
            foreach (var field in type.GetFields(Fields))
            {
                if (!field.FieldType.IsPrimitive && !field.FieldType.IsEnum && !field.FieldType.IsPointer)
                {
                    Push(field.GetValue(item), field.FieldType, pending);
                }
            }
        }
    }

    private int SizeOf(Type type)
    {
        if (!_sizes.TryGetValue(type, out var size))
        {
            size = type.IsValueType
                ? (int)typeof(Unsafe).GetMethod(nameof(Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!
                : type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Length * IntPtr.Size;
            _sizes[type] = size;
        }

        return size;
    }
}
