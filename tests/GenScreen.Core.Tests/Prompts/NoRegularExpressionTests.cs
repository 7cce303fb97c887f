using System.Reflection;
using System.Reflection.Emit;
using GenScreen.Core.Prompts;

namespace GenScreen.Core.Tests.Prompts;

/// <summary>
/// Issue 16, "Linear time stays: no backtracking regex": no method of the prompt screening code
/// (<c>GenScreen.Core.Prompts</c> and the namespaces under it, compiler-generated lambdas and state machines included)
/// calls, constructs or loads anything of <c>System.Text.RegularExpressions</c>. Read from the compiled IL, so a
/// <c>Regex</c> added anywhere on the prompt path, or a source-generated one, fails here. The same scan over the hash-bank
/// code, which validates bank names with a generated regex, must find it: the check is shown to catch a regex.
/// </summary>
public sealed class NoRegularExpressionTests
{
    private const string RegexNamespace = "System.Text.RegularExpressions";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void PromptScreeningCode_UsesNoRegularExpression()
    {
        var (methods, uses) = Scan("GenScreen.Core.Prompts");

        Assert.True(methods > 1_000, $"only {methods} methods scanned: the scan no longer reaches the prompt code");
        Assert.True(uses.Count == 0, "regular expressions on the prompt path:\n" + string.Join('\n', uses));
    }

    [Fact]
    public void Scan_HashBankNameCheck_FindsItsGeneratedRegex()
    {
        var (_, uses) = Scan("GenScreen.Core.HashBanks");

        Assert.NotEmpty(uses);
    }

    private static (int Methods, List<string> Uses) Scan(string namespacePrefix)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = typeof(PromptScreener).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == namespacePrefix || ns.StartsWith(namespacePrefix + ".", StringComparison.Ordinal)));
        var methods = 0;
        var uses = new List<string>();
        foreach (var type in types)
        {
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                var il = method.GetMethodBody()?.GetILAsByteArray();
                if (il is null)
                {
                    continue;
                }

                methods++;
                foreach (var member in MembersUsed(method, il))
                {
                    var owner = member as Type ?? member.DeclaringType;
                    if (owner?.Namespace is { } ns && ns.StartsWith(RegexNamespace, StringComparison.Ordinal))
                    {
                        uses.Add($"{type.FullName}.{method.Name} uses {owner.FullName}.{member.Name}");
                    }
                }
            }
        }

        return (methods, uses);
    }

    /// <summary>The members and types a method body refers to (call, newobj, ldfld, ldtoken, ldftn, castclass…).</summary>
    private static List<MemberInfo> MembersUsed(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var found = new List<MemberInfo>();
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            switch (opCode.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    found.Add(method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments)!);
                    at += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default: // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
                    at += 4;
                    break;
            }
        }

        return found;
    }
}
