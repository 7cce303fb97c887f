using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace GenScreen.Core.Prompts.Lexicons.Snapshot;

/// <summary>
/// A parsed lexicon file (<see cref="LexiconDocument"/>) as compact bytes, and back: the lexicon snapshot stores
/// each built-in file so, and start-up reads it instead of parsing JSON (docs/performance.md, lexicon snapshot).
/// Every field of the document, in declaration order; lists and dictionaries keep their order, so the same
/// document always gives the same bytes. This file is also compiled into tools/GenScreen.LexiconSnapshot (linked
/// source), which writes the snapshot at build time: the two sides cannot drift apart.
/// A field added to <see cref="LexiconDocument"/> must be added to both methods below;
/// LexiconSnapshotTests round-trips every built-in file and compares the JSON of both documents.
/// </summary>
internal static class LexiconDocumentCodec
{
    public static void Write(LexiconDocument doc, SnapshotWriter w)
    {
        w.String(doc.Language);
        w.String(doc.Version);
        w.Terms(doc.Prompt);
        w.Terms(doc.Negative);
        w.Strings(doc.AgeUnits);
        w.Strings(doc.BirthYearSuffixes);
        w.IntMap(doc.Numbers);
        w.Strings(doc.CompoundLanguages);
        w.Bool(doc.Inflection is not null);
        if (doc.Inflection is { } inflection)
        {
            WriteInflection(inflection, w);
        }

        w.Strings(doc.StopWords);
        w.Strings(doc.Prefixes);
        w.IntMap(doc.Ordinals);
        w.Strings(doc.OrdinalSuffixes);
        w.Int(doc.Roles.Count);
        foreach (var (role, words) in doc.Roles)
        {
            w.String(role);
            w.NullableStrings(words);
        }

        w.Int(doc.SchoolStages.Count);
        foreach (var stage in doc.SchoolStages)
        {
            w.Bool(stage is not null);
            if (stage is null)
            {
                continue;
            }

            w.String(stage.Unit);
            w.String(stage.Prefix);
            w.String(stage.Before);
            w.Bool(stage.After);
            w.Int(stage.FirstAge);
            w.Int(stage.Count);
            w.Bool(stage.Context);
            w.Strings(stage.Fillers);
            w.Strings(stage.FollowedBy);
            w.Strings(stage.Exclude);
            w.Bool(stage.DigitsOnly);
        }

        w.Int(doc.Spellings.Count);
        foreach (var (word, variants) in doc.Spellings)
        {
            w.String(word);
            w.NullableStrings(variants);
        }

        w.Strings(doc.Names);
        w.Strings(doc.ExactNames);
        w.Strings(doc.WellKnownNames);
        w.Strings(doc.ExcludedNames);
        w.Int(doc.Fictional.Count);
        foreach (var character in doc.Fictional)
        {
            w.Bool(character is not null);
            if (character is not null)
            {
                w.String(character.Name);
                w.String(character.Work);
            }
        }

        w.Strings(doc.GivenNames);
        w.Strings(doc.LatinGivenNames);
        w.Strings(doc.CommonWords);
        w.Strings(doc.RoleNouns);
        w.Strings(doc.PublicRoles);
        w.Strings(doc.Titles);
        w.Strings(doc.RelationNouns);
        w.Strings(doc.UndressVerbs);
        w.Strings(doc.UndressFillers);
        w.Strings(doc.GarmentGone);
        w.Strings(doc.GarmentSheer);
        w.Strings(doc.SkinWords);
        w.Strings(doc.SubjectPronouns);
        w.Strings(doc.ChangeVerbs);
        w.Strings(doc.NudityStates);
        w.Strings(doc.NothingWords);
        w.Strings(doc.EverythingWords);
        w.Strings(doc.XRayWords);
        w.Strings(doc.VanishWords);
        w.Strings(doc.ForgetWords);
        w.Strings(doc.VerbFinalRemovals);
        w.Strings(doc.EraseVerbs);
        w.Strings(doc.RetouchVerbs);
        w.Strings(doc.Clothing);
        w.Strings(doc.Possessives);
        w.Strings(doc.PossessivesAfter);
        w.Strings(doc.RoleConnectors);
        w.Strings(doc.Determiners);
        w.StringMap(doc.HanReadings);
        w.StringMap(doc.KanjiFamilyNames);
        w.StringMap(doc.KanjiGivenNames);
        w.Strings(doc.KanjiNotNames);
        w.Strings(doc.HanFamilyNames);
        w.Strings(doc.NameHonorifics);
        w.Strings(doc.CjkPublicRoles);
        w.Strings(doc.HonorificsBefore);
        w.Int(doc.Steering.Count);
        foreach (var steering in doc.Steering)
        {
            w.Bool(steering is not null);
            if (steering is not null)
            {
                w.String(steering.Language);
                w.Strings(steering.People);
                w.Strings(steering.Negative);
            }
        }
    }

    public static LexiconDocument Read(ref SnapshotReader r)
    {
        var doc = new LexiconDocument
        {
            Language = r.String(),
            Version = r.String(),
            Prompt = r.Terms(),
            Negative = r.Terms(),
            AgeUnits = r.Strings(),
            BirthYearSuffixes = r.Strings(),
            Numbers = r.IntMap(),
            CompoundLanguages = r.Strings(),
        };
        doc.Inflection = r.Bool() ? ReadInflection(ref r) : null;
        doc.StopWords = r.Strings();
        doc.Prefixes = r.Strings();
        doc.Ordinals = r.IntMap();
        doc.OrdinalSuffixes = r.Strings();
        var roles = r.Count();
        doc.Roles = new Dictionary<string, List<string>>(roles);
        for (var i = 0; i < roles; i++)
        {
            doc.Roles[r.String()!] = r.NullableStrings()!;
        }

        var stages = r.Count();
        doc.SchoolStages = new List<SchoolStageDocument>(stages);
        for (var i = 0; i < stages; i++)
        {
            doc.SchoolStages.Add(r.Bool()
                ? new SchoolStageDocument
                {
                    Unit = r.String(),
                    Prefix = r.String(),
                    Before = r.String(),
                    After = r.Bool(),
                    FirstAge = r.Int(),
                    Count = r.Int(),
                    Context = r.Bool(),
                    Fillers = r.Strings(),
                    FollowedBy = r.Strings(),
                    Exclude = r.Strings(),
                    DigitsOnly = r.Bool(),
                }
                : null!);
        }

        var spellings = r.Count();
        doc.Spellings = new Dictionary<string, List<string>>(spellings);
        for (var i = 0; i < spellings; i++)
        {
            doc.Spellings[r.String()!] = r.NullableStrings()!;
        }

        doc.Names = r.Strings();
        doc.ExactNames = r.Strings();
        doc.WellKnownNames = r.Strings();
        doc.ExcludedNames = r.Strings();
        var fictional = r.Count();
        doc.Fictional = new List<FictionalCharacterDocument>(fictional);
        for (var i = 0; i < fictional; i++)
        {
            doc.Fictional.Add(r.Bool() ? new FictionalCharacterDocument { Name = r.String(), Work = r.String() } : null!);
        }

        doc.GivenNames = r.Strings();
        doc.LatinGivenNames = r.Strings();
        doc.CommonWords = r.Strings();
        doc.RoleNouns = r.Strings();
        doc.PublicRoles = r.Strings();
        doc.Titles = r.Strings();
        doc.RelationNouns = r.Strings();
        doc.UndressVerbs = r.Strings();
        doc.UndressFillers = r.Strings();
        doc.GarmentGone = r.Strings();
        doc.GarmentSheer = r.Strings();
        doc.SkinWords = r.Strings();
        doc.SubjectPronouns = r.Strings();
        doc.ChangeVerbs = r.Strings();
        doc.NudityStates = r.Strings();
        doc.NothingWords = r.Strings();
        doc.EverythingWords = r.Strings();
        doc.XRayWords = r.Strings();
        doc.VanishWords = r.Strings();
        doc.ForgetWords = r.Strings();
        doc.VerbFinalRemovals = r.Strings();
        doc.EraseVerbs = r.Strings();
        doc.RetouchVerbs = r.Strings();
        doc.Clothing = r.Strings();
        doc.Possessives = r.Strings();
        doc.PossessivesAfter = r.Strings();
        doc.RoleConnectors = r.Strings();
        doc.Determiners = r.Strings();
        doc.HanReadings = r.StringMap();
        doc.KanjiFamilyNames = r.StringMap();
        doc.KanjiGivenNames = r.StringMap();
        doc.KanjiNotNames = r.Strings();
        doc.HanFamilyNames = r.Strings();
        doc.NameHonorifics = r.Strings();
        doc.CjkPublicRoles = r.Strings();
        doc.HonorificsBefore = r.Strings();
        var steering = r.Count();
        doc.Steering = new List<SteeringDocument>(steering);
        for (var i = 0; i < steering; i++)
        {
            doc.Steering.Add(r.Bool() ? new SteeringDocument { Language = r.String(), People = r.Strings(), Negative = r.Strings() } : null!);
        }

        return doc;
    }

    /// <summary>
    /// The normalized forms of the names lists (<see cref="PreparedSources.NameList"/> order), which start-up would
    /// otherwise compute for ~75,000 names; none when a list has a null entry (the loader reports that, in order).
    /// </summary>
    public static void WriteNameForms(LexiconDocument doc, SnapshotWriter w)
    {
        List<string>[] lists = [doc.Names, doc.ExactNames, doc.WellKnownNames];
        var complete = !lists.Any(list => list.Contains(null!));
        w.Bool(complete);
        if (!complete)
        {
            return;
        }

        var workspace = new Normalization.TokenizedText();
        foreach (var list in lists)
        {
            w.Int(list.Count);
            foreach (var name in list)
            {
                WriteForm(NormalizedForm.Of(name, workspace), w);
            }
        }
    }

    /// <summary>The normalized forms of a term section's terms (prompt, negative); none when a term has no text (the loader reports it).</summary>
    public static void WriteTermForms(List<LexiconTermDocument> terms, SnapshotWriter w)
    {
        var complete = terms.All(t => !string.IsNullOrWhiteSpace(t?.Term));
        w.Bool(complete);
        if (!complete)
        {
            return;
        }

        var workspace = new Normalization.TokenizedText();
        w.Int(terms.Count);
        foreach (var term in terms)
        {
            WriteForm(NormalizedForm.Of(term.Term!, workspace), w);
        }
    }

    public static NormalizedForm[]? ReadTermForms(ref SnapshotReader r) => r.Bool() ? ReadForms(ref r) : null;

    public static NormalizedForm[]?[]? ReadNameForms(ref SnapshotReader r)
    {
        if (!r.Bool())
        {
            return null;
        }

        var lists = new NormalizedForm[]?[3];
        for (var list = 0; list < lists.Length; list++)
        {
            lists[list] = ReadForms(ref r);
        }

        return lists;
    }

    private static void WriteForm(NormalizedForm form, SnapshotWriter w)
    {
        w.String(form.Key);
        w.Int(form.TokenCount);
        w.Int((int)form.Shape);
        w.Int(form.EmojiRunCount);
    }

    private static NormalizedForm[] ReadForms(ref SnapshotReader r)
    {
        var forms = new NormalizedForm[r.Count()];
        for (var i = 0; i < forms.Length; i++)
        {
            var key = r.String() ?? throw new InvalidDataException("Lexicon snapshot: normalized form without a key.");
            var tokens = r.Int();
            var shape = r.Int() is var value and >= 0 and <= (int)TermShape.Emoji ? (TermShape)value : throw new InvalidDataException("Lexicon snapshot: unknown term shape.");
            forms[i] = new NormalizedForm(key, tokens, shape, r.Int());
        }

        return forms;
    }

    private static void WriteInflection(InflectionDocument inflection, SnapshotWriter w)
    {
        w.Int(inflection.MinStem);
        w.Strings(inflection.Suffixes);
        w.Int(inflection.MaxSuffixes);
        w.StringMap(inflection.Alternations);
        w.Terms(inflection.Stems);
        w.Strings(inflection.Exceptions);
        w.String(inflection.Letters);
        w.Bool(inflection.Compounds is not null);
        if (inflection.Compounds is { } compounds)
        {
            w.Terms(compounds.Heads);
            w.Terms(compounds.Tails);
            w.Strings(compounds.Guard);
            w.Int(compounds.MinRest);
        }

        w.Strings(inflection.Prefixes);
        w.StringMap(inflection.PrefixMutations);
        w.Strings(inflection.Infixes);
        w.Bool(inflection.Reduplication);
    }

    private static InflectionDocument ReadInflection(ref SnapshotReader r)
    {
        var inflection = new InflectionDocument
        {
            MinStem = r.Int(),
            Suffixes = r.Strings(),
            MaxSuffixes = r.Int(),
            Alternations = r.StringMap(),
            Stems = r.Terms(),
            Exceptions = r.Strings(),
            Letters = r.String(),
        };
        inflection.Compounds = r.Bool()
            ? new CompoundDocument { Heads = r.Terms(), Tails = r.Terms(), Guard = r.Strings(), MinRest = r.Int() }
            : null;
        inflection.Prefixes = r.Strings();
        inflection.PrefixMutations = r.StringMap();
        inflection.Infixes = r.Strings();
        inflection.Reduplication = r.Bool();
        return inflection;
    }
}

/// <summary>Appends values to a growing buffer: strings as a 7-bit length (0 for null, else 1 + UTF-8 bytes) and the bytes.</summary>
internal sealed class SnapshotWriter
{
    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 16);

    public byte[] ToArray() => _bytes.WrittenSpan.ToArray();

    /// <summary>A non-negative number in 7-bit groups, low first (one byte below 128).</summary>
    public void Int(int value)
    {
        var rest = (uint)value;
        while (rest >= 0x80)
        {
            Byte((byte)(rest | 0x80));
            rest >>= 7;
        }

        Byte((byte)rest);
    }

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void Bytes(ReadOnlySpan<byte> bytes) => _bytes.Write(bytes);

    /// <summary>Four bytes, little-endian (numbers that may be negative).</summary>
    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_bytes.GetSpan(4), value);
        _bytes.Advance(4);
    }

    private void Byte(byte value)
    {
        _bytes.GetSpan(1)[0] = value;
        _bytes.Advance(1);
    }

    public void String(string? value)
    {
        if (value is null)
        {
            Int(0);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        Int(bytes.Length + 1);
        Bytes(bytes);
    }

    public void Strings(List<string> values)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            String(value);
        }
    }

    /// <summary>A list the JSON may give as null (a dictionary's value): -1 for null, else the count.</summary>
    public void NullableStrings(List<string>? values)
    {
        if (values is null)
        {
            Int(0);
            return;
        }

        Int(values.Count + 1);
        foreach (var value in values)
        {
            String(value);
        }
    }

    public void IntMap(Dictionary<string, int> map)
    {
        Int(map.Count);
        foreach (var (key, value) in map)
        {
            String(key);
            Int32(value);
        }
    }

    public void StringMap(Dictionary<string, string> map)
    {
        Int(map.Count);
        foreach (var (key, value) in map)
        {
            String(key);
            String(value);
        }
    }

    public void Terms(List<LexiconTermDocument> terms)
    {
        Int(terms.Count);
        foreach (var term in terms)
        {
            Bool(term is not null);
            if (term is not null)
            {
                String(term.Term);
                String(term.Signal);
                Int32(term.Level);
                Bool(term.LanguageOnly);
            }
        }
    }
}

/// <summary>
/// Reads what <see cref="SnapshotWriter"/> wrote, from a span. Reading past the end or a count that cannot fit
/// throws <see cref="InvalidDataException"/>: the caller falls back to the JSON.
/// </summary>
internal ref struct SnapshotReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public int Position { get; private set; }

    public bool AtEnd => Position == _bytes.Length;

    public int Int()
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Byte();
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("Lexicon snapshot: malformed number.");
    }

    /// <summary>A count of items, each at least one byte long: never more than the bytes left.</summary>
    public int Count()
    {
        var count = Int();
        return count < 0 || count > _bytes.Length - Position ? throw new InvalidDataException("Lexicon snapshot: count out of range.") : count;
    }

    public bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw new InvalidDataException("Lexicon snapshot: malformed flag."),
    };

    public int Int32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        return value;
    }

    public ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > _bytes.Length - Position)
        {
            throw new InvalidDataException("Lexicon snapshot: truncated.");
        }

        var span = _bytes.Slice(Position, length);
        Position += length;
        return span;
    }

    public string? String()
    {
        var length = Int();
        return length == 0 ? null : Encoding.UTF8.GetString(Take(length - 1));
    }

    public List<string> Strings()
    {
        var count = Count();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(String()!);
        }

        return list;
    }

    public List<string>? NullableStrings()
    {
        var count = Int();
        if (count == 0)
        {
            return null;
        }

        var list = new List<string>(Math.Min(count - 1, _bytes.Length - Position));
        for (var i = 0; i < count - 1; i++)
        {
            list.Add(String()!);
        }

        return list;
    }

    public Dictionary<string, int> IntMap()
    {
        var count = Count();
        var map = new Dictionary<string, int>(count);
        for (var i = 0; i < count; i++)
        {
            map[String()!] = Int32();
        }

        return map;
    }

    public Dictionary<string, string> StringMap()
    {
        var count = Count();
        var map = new Dictionary<string, string>(count);
        for (var i = 0; i < count; i++)
        {
            map[String()!] = String()!;
        }

        return map;
    }

    public List<LexiconTermDocument> Terms()
    {
        var count = Count();
        var list = new List<LexiconTermDocument>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(Bool() ? new LexiconTermDocument { Term = String(), Signal = String(), Level = Int32(), LanguageOnly = Bool() } : null!);
        }

        return list;
    }

    private byte Byte() => Position < _bytes.Length ? _bytes[Position++] : throw new InvalidDataException("Lexicon snapshot: truncated.");
}
