using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace GenScreen.Storage.Verdicts;

/// <summary>
/// HMAC-SHA-256 (RFC 2104, FIPS 198-1) of one key, with the SHA-256 states after the key's inner and outer pad blocks
/// computed once: an HMAC of a short message is then two compressions (three above 55 bytes), in managed code. Bulk
/// screening makes one verdict id per line; through OpenSSL each id was an update, a final and a reset call with the
/// provider's bookkeeping (session 36, i16-speed44: 977 -> 748 ns of thread CPU an id; not the 7 % of a flagged line
/// that an EventPipe profile, which over-weights native frames, had shown). The bytes are those of
/// <see cref="HMACSHA256"/> (tested against it for key and message lengths across the block edges).
/// </summary>
/// <remarks>
/// SHA-256 written for GenScreen from FIPS 180-4 (sections 4.1.2, 4.2.2, 5.1.1, 5.3.3, 6.2.2); no third-party code.
/// Immutable after construction, so one instance may serve every thread.
/// </remarks>
internal sealed class PaddedKeyHmacSha256
{
    private const int BlockSize = 64;

    public const int HashSize = 32;

    private readonly Sha256Words _inner;
    private readonly Sha256Words _outer;

    public PaddedKeyHmacSha256(ReadOnlySpan<byte> key)
    {
        // A key longer than a block is replaced by its hash; a shorter one is padded with zeros (RFC 2104, section 2).
        Span<byte> block = stackalloc byte[BlockSize];
        block.Clear();
        if (key.Length > BlockSize)
        {
            SHA256.HashData(key, block);
        }
        else
        {
            key.CopyTo(block);
        }

        _inner = PadState(block, 0x36);
        _outer = PadState(block, 0x5c);
        CryptographicOperations.ZeroMemory(block);
    }

    /// <summary>The MAC of the parts written one after the other (the same bytes as one message of them joined).</summary>
    public void Hash(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, ReadOnlySpan<byte> d, Span<byte> mac)
    {
        var inner = new Sha256Stream(_inner, BlockSize);
        inner.Append(a);
        inner.Append(b);
        inner.Append(c);
        inner.Append(d);
        Span<byte> innerHash = stackalloc byte[HashSize];
        inner.Finish(innerHash);

        var outer = new Sha256Stream(_outer, BlockSize);
        outer.Append(innerHash);
        outer.Finish(mac);
    }

    public void Hash(ReadOnlySpan<byte> message, Span<byte> mac) => Hash(message, default, default, default, mac);

    private static Sha256Words PadState(ReadOnlySpan<byte> key, byte pad)
    {
        Span<byte> padded = stackalloc byte[BlockSize];
        for (var i = 0; i < BlockSize; i++)
        {
            padded[i] = (byte)(key[i] ^ pad);
        }

        var state = Sha256Stream.InitialState();
        Sha256Stream.Compress(ref state, padded);
        CryptographicOperations.ZeroMemory(padded);
        return state;
    }

    /// <summary>The eight 32-bit words of a SHA-256 state, inline (no array: a running hash allocates nothing).</summary>
    [InlineArray(8)]
    internal struct Sha256Words
    {
        private uint _word;
    }

    [InlineArray(BlockSize)]
    private struct Block
    {
        private byte _byte;
    }

    /// <summary>A running SHA-256 from a given state and length (the pad block already hashed).</summary>
    private struct Sha256Stream(Sha256Words state, long length)
    {
        private Sha256Words _state = state;
        private Block _buffer;
        private int _buffered;
        private long _length = length;

        public static Sha256Words InitialState()
        {
            var h = default(Sha256Words);
            h[0] = 0x6a09e667;
            h[1] = 0xbb67ae85;
            h[2] = 0x3c6ef372;
            h[3] = 0xa54ff53a;
            h[4] = 0x510e527f;
            h[5] = 0x9b05688c;
            h[6] = 0x1f83d9ab;
            h[7] = 0x5be0cd19;
            return h;
        }

        public void Append(ReadOnlySpan<byte> data)
        {
            _length += data.Length;
            Span<byte> buffer = _buffer;
            while (!data.IsEmpty)
            {
                var take = Math.Min(BlockSize - _buffered, data.Length);
                data[..take].CopyTo(buffer[_buffered..]);
                _buffered += take;
                data = data[take..];
                if (_buffered == BlockSize)
                {
                    Compress(ref _state, buffer);
                    _buffered = 0;
                }
            }
        }

        /// <summary>Pads (0x80, zeros, the length in bits, big-endian) and writes the 32-byte digest.</summary>
        public void Finish(Span<byte> digest)
        {
            var bits = (ulong)_length * 8;
            Span<byte> buffer = _buffer;
            buffer[_buffered++] = 0x80;
            if (_buffered > BlockSize - 8)
            {
                buffer[_buffered..].Clear();
                Compress(ref _state, buffer);
                _buffered = 0;
            }

            buffer[_buffered..(BlockSize - 8)].Clear();
            BinaryPrimitives.WriteUInt64BigEndian(buffer[(BlockSize - 8)..], bits);
            Compress(ref _state, buffer);
            for (var i = 0; i < 8; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(digest[(i * 4)..], _state[i]);
            }
        }

        /// <summary>One block into the state (FIPS 180-4, 6.2.2).</summary>
        public static void Compress(ref Sha256Words state, ReadOnlySpan<byte> block)
        {
            Span<uint> w = stackalloc uint[64];
            for (var t = 0; t < 16; t++)
            {
                w[t] = BinaryPrimitives.ReadUInt32BigEndian(block[(t * 4)..]);
            }

            for (var t = 16; t < 64; t++)
            {
                var w15 = w[t - 15];
                var w2 = w[t - 2];
                var s0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
                var s1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
                w[t] = w[t - 16] + s0 + w[t - 7] + s1;
            }

            uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
            var k = RoundConstants;
            for (var t = 0; t < 64; t++)
            {
                var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                    + ((e & f) ^ (~e & g)) + k[t] + w[t];
                var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                    + ((a & b) ^ (a & c) ^ (b & c));
                h = g;
                g = f;
                f = e;
                e = d + t1;
                d = c;
                c = b;
                b = a;
                a = t1 + t2;
            }

            state[0] += a;
            state[1] += b;
            state[2] += c;
            state[3] += d;
            state[4] += e;
            state[5] += f;
            state[6] += g;
            state[7] += h;
        }

        /// <summary>The first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4, 4.2.2).</summary>
        private static ReadOnlySpan<uint> RoundConstants =>
        [
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        ];
    }
}
