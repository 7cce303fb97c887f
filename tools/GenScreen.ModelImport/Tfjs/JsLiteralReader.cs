using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GenScreen.ModelImport.Tfjs;

/// <summary>
/// Reads one JavaScript object/array literal as it appears in a minified bundle (unquoted keys, <c>!0</c>/<c>!1</c>
/// for true/false, numbers like <c>.001</c>) and returns it as JSON. nsfwjs ships its TF.js model.json as such a
/// literal inside a UMD module; parsing it here avoids evaluating third-party JavaScript at import time.
/// </summary>
internal sealed class JsLiteralReader
{
    private readonly string _text;
    private int _pos;

    private JsLiteralReader(string text, int start)
    {
        _text = text;
        _pos = start;
    }

    /// <summary>Parses the literal starting at <paramref name="start"/>; <paramref name="end"/> is the index after it.</summary>
    public static JsonNode? Parse(string text, int start, out int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new JsLiteralReader(text, start);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            reader.ReadValue(writer);
        }

        end = reader._pos;
        return JsonNode.Parse(buffer.WrittenSpan);
    }

    private void ReadValue(Utf8JsonWriter writer)
    {
        SkipWhitespace();
        var c = Peek();
        switch (c)
        {
            case '{':
                ReadObject(writer);
                break;
            case '[':
                ReadArray(writer);
                break;
            case '"':
            case '\'':
                writer.WriteStringValue(ReadString());
                break;
            case '!':
                // Minifiers write true as !0 and false as !1.
                _pos++;
                var operand = ReadNumberText();
                writer.WriteBooleanValue(operand is "0" or "0.0");
                break;
            default:
                if (c == '-' || c == '+' || c == '.' || char.IsAsciiDigit(c))
                {
                    writer.WriteRawValue(ToJsonNumber(ReadNumberText()));
                }
                else
                {
                    ReadKeyword(writer);
                }

                break;
        }
    }

    private void ReadObject(Utf8JsonWriter writer)
    {
        Expect('{');
        writer.WriteStartObject();
        SkipWhitespace();
        while (Peek() != '}')
        {
            writer.WritePropertyName(ReadKey());
            SkipWhitespace();
            Expect(':');
            ReadValue(writer);
            SkipWhitespace();
            if (Peek() == ',')
            {
                _pos++;
                SkipWhitespace();
            }
            else if (Peek() != '}')
            {
                throw Error("',' or '}'");
            }
        }

        _pos++;
        writer.WriteEndObject();
    }

    private void ReadArray(Utf8JsonWriter writer)
    {
        Expect('[');
        writer.WriteStartArray();
        SkipWhitespace();
        while (Peek() != ']')
        {
            ReadValue(writer);
            SkipWhitespace();
            if (Peek() == ',')
            {
                _pos++;
                SkipWhitespace();
            }
            else if (Peek() != ']')
            {
                throw Error("',' or ']'");
            }
        }

        _pos++;
        writer.WriteEndArray();
    }

    private string ReadKey()
    {
        SkipWhitespace();
        var c = Peek();
        if (c is '"' or '\'')
        {
            return ReadString();
        }

        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '$'))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : throw Error("a property name");
    }

    private string ReadString()
    {
        var quote = _text[_pos++];
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("the end of a string");
            }

            var c = _text[_pos++];
            if (c == quote)
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            var e = _text[_pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'v': sb.Append('\v'); break;
                case '0': sb.Append('\0'); break;
                case 'u':
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 4;
                    break;
                case 'x':
                    sb.Append((char)int.Parse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    _pos += 2;
                    break;
                default: sb.Append(e); break;
            }
        }
    }

    private string ReadNumberText()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] is '.' or 'e' or 'E' or '+' or '-'))
        {
            _pos++;
        }

        return _pos > start ? _text[start.._pos] : throw Error("a number");
    }

    private void ReadKeyword(Utf8JsonWriter writer)
    {
        foreach (var (word, write) in Keywords)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0)
            {
                _pos += word.Length;
                write(writer);
                return;
            }
        }

        throw Error("a value");
    }

    private static readonly (string Word, Action<Utf8JsonWriter> Write)[] Keywords =
    [
        ("null", w => w.WriteNullValue()),
        ("void 0", w => w.WriteNullValue()),
        ("true", w => w.WriteBooleanValue(true)),
        ("false", w => w.WriteBooleanValue(false)),
    ];

    /// <summary>Rewrites a JS number literal into JSON grammar without going through a double (keeps every digit).</summary>
    private string ToJsonNumber(string js)
    {
        if (!double.TryParse(js, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error("a finite number");
        }

        var sign = js[0] is '-' or '+' ? js[..1] : string.Empty;
        var body = js[sign.Length..];
        if (body.StartsWith('.'))
        {
            body = "0" + body;
        }

        body = body.Replace(".e", ".0e", StringComparison.OrdinalIgnoreCase);
        if (body.EndsWith('.'))
        {
            body += "0";
        }

        return (sign == "-" ? "-" : string.Empty) + body;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : throw Error("more input");

    private void Expect(char c)
    {
        SkipWhitespace();
        if (Peek() != c)
        {
            throw Error($"'{c}'");
        }

        _pos++;
    }

    private FormatException Error(string expected) =>
        new($"Malformed JavaScript literal: expected {expected} at offset {_pos}.");
}
