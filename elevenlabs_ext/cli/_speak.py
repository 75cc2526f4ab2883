"""``speak``: text (an argument or a file of any length) to an audio file, or to the speakers.

A short text is streamed: straight into the file and, with ``--play``, to the player as it
arrives. A ``--file``, a text over one piece's size, a ``.wav`` output or ``--timestamps``
goes through long-form synthesis (``elevenlabs_ext.longform``): pieces, a work folder
beside the output, resume by running the same command again.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from ..longform._formats import AudioFormat, check_container, default_format_for, parse_output_format
from ..longform._session import DEFAULT_CONCURRENCY, DEFAULT_PIECE_CHARS
from ._catalog import resolve_voice
from ._common import make_client, option, say
from ._exit import CliError, ExitCode
from ._files import STDOUT, Sink, check_writable, open_target, write_chunks
from ._output import print_json
from ._playback import check_playback
from ._progress import Bar, make_bar

if TYPE_CHECKING:
    from .._client import ElevenLabs
    from ..longform import LongFormProgress

__all__ = ["register"]

DEFAULT_VOICE: Final = "JBFqnCBsd6RMkjVDRZzb"  # George: a default voice of every account
DEFAULT_MODEL: Final = "eleven_multilingual_v2"

Player = Callable[..., None]


def _read_text(args: argparse.Namespace) -> str:
    if args.text is None and args.file is None:
        raise CliError("nothing to say: give the text to speak as an argument, or --file PATH")
    if args.text is not None and args.file is not None:
        raise CliError("give the text to speak as an argument or with --file PATH, not both")
    if args.file is None:
        text: str = args.text
    elif args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(args.file).read_text(encoding="utf-8-sig")
        except OSError as error:
            raise CliError(f"cannot read {args.file!r}: {error.strerror or error}") from None
        except UnicodeDecodeError as error:
            raise CliError(f"{args.file!r} is not UTF-8 text ({error.reason} at byte {error.start})") from None
    if not text.strip():
        raise CliError("the text is empty: there is nothing to say")
    return text


def _load_player() -> Player:
    # Checked before any request is sent: a missing player or sound device must not cost characters.
    try:
        from ..audio import play
    except ImportError as error:
        raise CliError(f"--play is not available: {error}", ExitCode.ERROR) from None
    check_playback()
    return play


def _play(player: Player, audio: Any, output_format: str | None) -> None:
    from .._errors import APIError

    try:
        player(audio, output_format=output_format)
    except APIError:
        raise  # the stream being played failed: report it as the API error it is
    except Exception as error:
        raise CliError(f"playback failed: {error}", ExitCode.ERROR) from error


def _voice_settings(args: argparse.Namespace) -> dict[str, Any] | None:
    settings = {
        "stability": args.stability,
        "similarity_boost": args.similarity,
        "style": args.style,
        "speed": args.speed,
    }
    return {key: value for key, value in settings.items() if value is not None} or None


class _Tee:
    """The chunks on their way to the player, copied to ``sink`` and counted on ``bar``."""

    def __init__(self, chunks: Iterable[bytes], sink: Sink | None, bar: Bar) -> None:
        self._chunks = chunks
        self._sink = sink
        self._bar = bar
        self.written = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            if self._sink is not None:
                self._sink.write(chunk)
            self.written += len(chunk)
            self._bar.advance(len(chunk))
            yield chunk


def _speak_streamed(
    args: argparse.Namespace, client: ElevenLabs, text: str, *, voice_id: str, fmt: AudioFormat, player: Player | None
) -> dict[str, Any]:
    from elevenlabs_api.api.text_to_speech import text_to_speech_stream
    from elevenlabs_api.models import TextToSpeechRequest, VoiceSettings
    from elevenlabs_api.models.output_format import check_output_format
    from elevenlabs_api.types import UNSET

    from .._streaming import stream

    settings = _voice_settings(args)
    body = TextToSpeechRequest(
        text=text,
        model_id=args.model,
        voice_settings=VoiceSettings.from_dict(settings) if settings else UNSET,
        language_code=args.language if args.language else UNSET,
        seed=args.seed if args.seed is not None else UNSET,
    )
    quiet = option(args, "quiet", False)
    with (
        stream(
            text_to_speech_stream,
            client=client,
            voice_id=voice_id,
            body=body,
            output_format=check_output_format(fmt.name),
        ) as audio,
        make_bar("speaking", unit="bytes", quiet=quiet) as bar,
    ):
        if player is None:
            written = write_chunks(audio.iter_bytes(), args.output, bar)
        elif args.output is None:
            tee = _Tee(audio.iter_bytes(), None, bar)
            _play(player, tee, fmt.name)
            written = tee.written
        else:
            with open_target(args.output) as file:
                tee = _Tee(audio.iter_bytes(), file, bar)
                _play(player, tee, fmt.name)
                written = tee.written
        return {
            "output": args.output,
            "bytes": written,
            "pieces": 1,
            "requested": 1,
            "reused": 0,
            "characters": len(text.strip()),
            "request_ids": [audio.request_id],
            "character_cost": audio.character_cost,
        }


def _speak_long(
    args: argparse.Namespace, client: ElevenLabs, text: str, *, voice_id: str, fmt: AudioFormat, player: Player | None
) -> dict[str, Any]:
    from ..longform import synthesize_long

    target: str | BinaryIO
    buffer = None
    if args.output is None:
        buffer = io.BytesIO()  # play only: the joined audio stays in memory
        target = buffer
    elif args.output == STDOUT:
        target = sys.stdout.buffer
    else:
        target = args.output
    quiet = option(args, "quiet", False)
    first = True

    with make_bar("speaking", unit="chars", quiet=quiet) as bar:

        def on_progress(progress: LongFormProgress) -> None:
            nonlocal first
            if first:
                first = False
                bar.start(progress.characters_total, progress.reused_characters)
                if progress.reused_pieces:
                    say(args, f"Resuming: {progress.reused_pieces} of {progress.pieces_total} pieces already saved.")
            bar.update(progress.characters_done, detail=f"{progress.pieces_done}/{progress.pieces_total} pieces")

        result = synthesize_long(
            client,
            text,
            voice_id=voice_id,
            output=target,
            model_id=args.model,
            output_format=fmt.name,
            voice_settings=_voice_settings(args),
            language_code=args.language,
            seed=args.seed,
            concurrency=args.concurrency,
            max_chars=args.max_chars,
            stitching=not args.no_stitching,
            timestamps=args.timestamps is not None,
            keep_work=args.keep_parts,
            on_progress=on_progress,
        )
    if args.timestamps is not None:
        timings = {
            "alignment": result.alignment,
            "normalized_alignment": result.normalized_alignment,
            "duration": result.duration,
            "request_ids": list(result.request_ids),
        }
        with open_target(args.timestamps) as file:
            file.write(json.dumps(timings, ensure_ascii=False).encode())
    if player is not None:
        audio = buffer.getvalue() if buffer is not None else Path(args.output).read_bytes()
        # A .wav file announces its own format; its header is not PCM samples.
        _play(player, audio, None if args.output and args.output.lower().endswith(".wav") else fmt.name)
    return {
        "output": args.output,
        "bytes": result.bytes,
        "duration": round(result.duration, 3),
        "pieces": result.pieces,
        "requested": result.requested,
        "reused": result.reused,
        "characters": result.characters,
        "request_ids": list(result.request_ids),
    }


def _speak(args: argparse.Namespace) -> int:
    text = _read_text(args)
    if args.output is None and not args.play:
        raise CliError("speak needs -o FILE (or -o - for standard output), or --play")
    if args.output == STDOUT and args.json:
        raise CliError("--json cannot share standard output with the audio; give -o FILE")
    path = args.output if args.output not in (None, STDOUT) else None
    try:
        fmt = parse_output_format(args.format or default_format_for(path))
        check_container(path, fmt)
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.concurrency < 1 or (args.max_chars is not None and args.max_chars < 1):
        raise CliError("--concurrency and --max-chars must be at least 1")
    # Everything that can be checked here is checked before the first request: a missing
    # folder, a terminal on standard output or a missing sound device costs no characters.
    for target in (args.output, args.timestamps):
        if target is not None:
            check_writable(target)
    player = _load_player() if args.play else None
    long_form = (
        args.file is not None
        or args.timestamps is not None
        or len(text.strip()) > DEFAULT_PIECE_CHARS  # shorter texts are streamed in one request
        or (path is not None and path.lower().endswith(".wav"))
        or fmt.codec == "wav"  # the API sells WAV whole, never streamed
    )
    with make_client(args) as client:
        voice_id = resolve_voice(client, args.voice)
        speak = _speak_long if long_form else _speak_streamed
        summary = speak(args, client, text, voice_id=voice_id, fmt=fmt, player=player)
    summary.update(voice_id=voice_id, model_id=args.model, output_format=fmt.name)
    if args.json:
        print_json(summary)
    elif args.output not in (None, STDOUT):
        what = f"{summary['bytes']:,} bytes"
        if summary.get("duration"):
            what = f"{summary['duration']:.1f} s of audio, " + what
        if summary["pieces"] > 1:
            what += f", {summary['pieces']} pieces"
        if summary["reused"]:
            what += f" ({summary['reused']} from an earlier run)"
        say(args, f"Wrote {args.output}: {what}")
    return 0


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    speak = commands.add_parser(
        "speak",
        parents=[common],
        help="speak a text (or a file of any length) into an audio file or the speakers",
        description=(
            "Speak TEXT, or the text of --file, into -o FILE and/or the speakers (--play). Long texts are split"
            " at paragraphs and sentences, synthesized piece by piece into a work folder next to FILE, and"
            " joined; if the run fails, running the same command again resumes without paying twice."
        ),
    )
    speak.add_argument("text", nargs="?", metavar="TEXT", help="what to say")
    speak.add_argument("--file", metavar="PATH", help="read the text from PATH ('-': standard input)")
    speak.add_argument(
        "-o", "--output", metavar="FILE", help="audio file to write ('-': standard output); .wav gets a WAV header"
    )
    speak.add_argument("--voice", default=DEFAULT_VOICE, help="voice id or name (default: George)")
    speak.add_argument("--model", default=DEFAULT_MODEL, help="model id (default: %(default)s)")
    speak.add_argument(
        "--format", metavar="FORMAT", help="output format, e.g. mp3_44100_128 (default: from FILE's suffix)"
    )
    speak.add_argument("--play", action="store_true", help="play the audio (needs the 'audio' extra or ffplay/mpv)")
    speak.add_argument("--timestamps", metavar="OUT.json", help="write character timings of the whole text to OUT.json")
    speak.add_argument("--language", metavar="CODE", help="ISO 639-1 language code, for models that take one")
    speak.add_argument("--seed", type=int, help="seed for repeatable generations")
    voice = speak.add_argument_group("voice settings")
    voice.add_argument("--stability", type=float, metavar="0-1")
    voice.add_argument("--similarity", type=float, metavar="0-1", help="similarity boost")
    voice.add_argument("--style", type=float, metavar="0-1")
    voice.add_argument("--speed", type=float, metavar="0.7-1.2")
    long_form = speak.add_argument_group("long texts")
    long_form.add_argument(
        "--concurrency",
        type=int,
        default=DEFAULT_CONCURRENCY,
        metavar="N",
        help=f"pieces synthesized at once (default {DEFAULT_CONCURRENCY}; 1 stitches best)",
    )
    long_form.add_argument(
        "--max-chars", type=int, metavar="N", help="largest piece (default 2500, up to the model's limit)"
    )
    long_form.add_argument("--no-stitching", action="store_true", help="do not send neighbouring text and request ids")
    long_form.add_argument("--keep-parts", action="store_true", help="keep the work folder after success")
    speak.add_argument("--json", action="store_true", help="print a summary as JSON")
    speak.set_defaults(handler=_speak)
