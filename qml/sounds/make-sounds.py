#!/usr/bin/env python3
"""Writes the shopper's sounds (16 kHz mono 16-bit WAV, a few KB each) into this folder:
good-read.wav, a short high tone when a code is read; failed-read.wav, two falling low tones when
it can't be used; chute-open.wav, three rising tones as the chute opens; timeout-warning.wav, two
slow mid tones when the "I need more time" prompt appears. Re-run after changing a tone; the WAVs are committed beside it."""
import math
import os
import struct
import wave

RATE = 16000


def tone(freq, ms, level=0.6):
    n = RATE * ms // 1000
    fade = RATE * 6 // 1000  # 6 ms in and out: no click
    out = []
    for i in range(n):
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(level * envelope * math.sin(2 * math.pi * freq * i / RATE))
    return out


def silence(ms):
    return [0.0] * (RATE * ms // 1000)


def write(name, samples):
    with wave.open(os.path.join(os.path.dirname(os.path.abspath(__file__)), name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


write("good-read.wav", tone(1760, 90))
write("failed-read.wav", tone(440, 120) + silence(40) + tone(330, 160))
write("chute-open.wav", tone(660, 80) + silence(30) + tone(880, 80) + silence(30) + tone(1100, 120))
write("timeout-warning.wav", tone(740, 220, 0.5) + silence(160) + tone(740, 220, 0.5))
