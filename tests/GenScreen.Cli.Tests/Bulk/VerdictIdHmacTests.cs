using System.Security.Cryptography;
using System.Text;
using GenScreen.Storage.Verdicts;

namespace GenScreen.Cli.Tests.Bulk;

/// <summary>
/// Session 36 (i16-speed44): the verdict id's HMAC with the key's pad states computed once, in managed code, gives the
/// bytes of the runtime's <see cref="HMACSHA256"/> — every key length around the block (64 bytes) and every message
/// length around the padding's edges (55/56 and 64 bytes per block), split into parts anywhere.
/// </summary>
public sealed class VerdictIdHmacTests
{
    [Fact]
    public void Hash_EveryKeyAndMessageLengthAroundTheBlockEdges_EqualsHmacSha256()
    {
        var random = new Random(36);
        int[] keyLengths = [0, 1, 31, 32, 33, 55, 56, 63, 64, 65, 100, 128, 129, 300];
        foreach (var keyLength in keyLengths)
        {
            var key = new byte[keyLength];
            random.NextBytes(key);
            var hmac = new PaddedKeyHmacSha256(key);
            for (var length = 0; length <= 300; length++)
            {
                var message = new byte[length];
                random.NextBytes(message);
                var expected = HMACSHA256.HashData(key, message);
                var mac = new byte[PaddedKeyHmacSha256.HashSize];

                hmac.Hash(message, mac);
                Assert.Equal(expected, mac);

                // The same bytes written as four parts cut at random places.
                var cut1 = random.Next(length + 1);
                var cut2 = random.Next(cut1, length + 1);
                var cut3 = random.Next(cut2, length + 1);
                Array.Clear(mac);
                hmac.Hash(message.AsSpan(0, cut1), message.AsSpan(cut1, cut2 - cut1), message.AsSpan(cut2, cut3 - cut2), message.AsSpan(cut3), mac);
                Assert.Equal(expected, mac);
            }
        }
    }

    [Fact]
    public void ForRequest_ManyIds_SameAsTheServiceGeneratorsOneShotHmac()
    {
        const string key = "the-service-verdict-id-key-0123456789abcdef";
        var generator = new VerdictIdGenerator(key);
        using var hasher = generator.CreateHasher();
        for (var i = 0; i < 2000; i++)
        {
            var user = i % 3 == 0 ? null : $"user-{i * 7919}";
            var request = new string('r', i % 150) + $"-{i}-ü";

            var id = hasher.ForRequest(Encoding.UTF8.GetBytes(user ?? string.Empty), Encoding.UTF8.GetBytes(request));

            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"prompt\n{user}\n{request}")).AsSpan(0, 16));
            Assert.Equal(expected, id);
        }
    }
}
