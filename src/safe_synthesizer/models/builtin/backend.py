"""``BuiltinBackend``: the default model behind ``safe-synthesizer run`` (see ``models.backend``).

``train`` fits the codec, trains the slot model and writes into ``model_dir``: ``codec.json``,
``model_config.json``, ``model.safetensors`` and ``builtin.json`` (settings and metrics); no pickle.
A killed training resumes from ``model_dir/checkpoint/``. ``generate`` needs only ``model_dir``.

Example:
    >>> backend = BuiltinBackend()
    >>> backend.train(train_df, schema, params, Path("run/train/model"))            # doctest: +SKIP
    >>> result = backend.generate(Path("run/train/model"), params, num_records=1000)  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import shutil
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from safetensors.torch import load_file, save_file

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.chunked import sample_records
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.token_store import TokenStore
from safe_synthesizer.data.training_file import SelectedRecords, TrainingFile
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.backend import GenerateResult, TrainResult, collect_generated
from safe_synthesizer.models.builtin.codec import CodecStatistics, Protection, TabularCodec
from safe_synthesizer.models.builtin.codec.fakes import FakeSettings
from safe_synthesizer.models.builtin.defaults import BuiltinDefaults, resolve_training_defaults
from safe_synthesizer.models.builtin.distributed import DistributedContext, launched_world_size
from safe_synthesizer.models.builtin.dp import plan_dp_training
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.privacy_filter import PrivacyFilter
from safe_synthesizer.models.builtin.sampler import sample_tokens
from safe_synthesizer.models.builtin.trainer import TrainSettings, settings_fingerprint, train_model
from safe_synthesizer.privacy.entropy import fresh_seed
from safe_synthesizer.privacy.guidance import check_privacy_filter
from safe_synthesizer.utils.atomic import atomic_path, atomic_write_json

logger = logging.getLogger(__name__)

WEIGHTS_FILE = "model.safetensors"
MANIFEST_FILE = "builtin.json"
CHECKPOINT_DIR = "checkpoint"
TOKENS_DIR = "tokens"  # beside the model folder while a split on disk trains, removed after
MAX_FILTER_ROUNDS = 20


def _seed(params: SafeSynthesizerParameters, *, private: bool = False) -> int:
    """``data.random_state``, or under DP a fresh secret seed (see ``privacy.entropy``)."""
    if private:
        return fresh_seed()
    return int(params.data.random_state) if params.data.random_state is not None else 0


def fake_settings(schema: TableSchema, params: SafeSynthesizerParameters) -> dict[str, FakeSettings]:
    """Columns the PII stage replaced with fakes, with its locales (their new values are fakes too)."""
    pii = params.replace_pii
    if not pii.enabled:
        return {}
    from safe_synthesizer.pii.locales import region_of
    from safe_synthesizer.pii.replace import column_strategy, phone_region

    default = FakeSettings(tuple(pii.globals.locales or ["en_US"]), phone_region(pii))
    return {
        c.name: FakeSettings((c.pii_locale,), region_of(c.pii_locale)) if c.pii_locale else default
        for c in schema.columns
        if c.pii_entity and column_strategy(pii, c.name, c.pii_entity) == "fake"
    }


def _set_threads(n: int) -> None:
    if torch.get_num_threads() != n:
        torch.set_num_threads(max(1, n))


class BuiltinBackend:
    """The built-in tabular model (codec + slot model), trained from scratch on CPU."""

    name = "builtin"

    def __init__(self, statistics: CodecStatistics | None = None, *, audit_seed: int | None = None) -> None:
        # A DP run passes a DP statistics provider; the default computes exact statistics.
        self.statistics = statistics
        # Privacy audits only (canary tests compare two DP trainings with the same noise): a DP
        # run with a known seed has no guarantee, so the pipeline never sets this.
        self.audit_seed = audit_seed

    # -- training ----------------------------------------------------------------------------
    def train(
        self,
        training: pd.DataFrame | TrainingFile,
        schema: TableSchema,
        params: SafeSynthesizerParameters,
        model_dir: Path,
        *,
        given_columns: Sequence[str] = (),
    ) -> TrainResult:
        """Train into ``model_dir``; ``given_columns`` (leading columns of ``schema``) are always
        fixed when sampling, so the model only learns the others given them (``ModelConfig``).

        ``training`` may be a ``TrainingFile`` (a large split outside DP): its codec is then fitted
        on a bounded sample and its records are encoded chunk by chunk (``data.training_file``).
        """
        from safe_synthesizer.models.builtin.sequence import sequence_columns, train_sequences

        streamed = isinstance(training, TrainingFile)
        if streamed and (sequence_columns(params) or params.privacy.dp_enabled):
            raise ValueError("entity histories and DP runs train from the split in memory")
        if sequence_columns(params):  # entity histories: an entity part and an event part
            if launched_world_size() > 1:
                # Each rank would train its own model with its own secret seed into the same folder
                # (under DP: the budget spent once per rank, unstated).
                raise UserInputError(
                    "data.order_training_examples_by: entity histories are trained in one process only; "
                    "run without torchrun (or drop the ordering to train records data-parallel)"
                )
            return train_sequences(self, training, schema, params, Path(model_dir))
        started = time.monotonic()
        model_dir = Path(model_dir)
        model_dir.mkdir(parents=True, exist_ok=True)
        missing = [c for c in schema.names if c not in list(training.columns)]
        if missing:
            raise UserInputError(f"training data lacks schema column(s) {missing}; re-run the data stage")
        seed = self.audit_seed if self.audit_seed is not None else _seed(params, private=params.privacy.dp_enabled)
        # Under torchrun every rank runs this same call (data-parallel, see ``distributed``), with
        # rank 0's seed: under DP each rank drew its own secret one.
        context = DistributedContext.from_env()
        seed = context.shared_seed(seed)
        if isinstance(training, TrainingFile):
            training = training.selected(params.training.num_input_records_to_sample, seed,
                                         params.data.group_training_examples_by)
        else:
            training = sample_records(training, params.training.num_input_records_to_sample, seed,
                                      params.data.group_training_examples_by)
        dp = plan_dp_training(training, schema, params, seed) if params.privacy.dp_enabled else None
        defaults = dp.defaults if dp else resolve_training_defaults(params, len(training))
        _set_threads(max(1, defaults.num_threads // context.world_size))
        t = params.training
        protection = Protection(
            t.value_protection, t.rare_category_threshold, t.numeric_protection_quantile, t.rare_category_replacement
        )
        if isinstance(training, SelectedRecords):
            fit_on = training.codec_sample(seed)
        else:
            fit_on = training = training.reset_index(drop=True)
        codec = TabularCodec.fit(
            fit_on if dp is None else training.iloc[dp.codec_rows],
            schema,
            protection=protection,
            stats=dp.statistics if dp else self.statistics,
            text_vocab_size=t.text_vocab_size,
            text_max_tokens=t.text_max_tokens,
            seed=seed,
            fakes=fake_settings(schema, params),
        )
        # Compact tokens (1-4 bytes a cell) encoded in chunks: a million rows stay small in memory.
        # A split on disk is encoded as it streams past into a memory-mapped file (data.token_store).
        # One folder per torchrun rank: each rank encodes the split itself.
        store = model_dir.parent / (TOKENS_DIR if context.world_size == 1 else f"{TOKENS_DIR}-{context.rank}")
        if isinstance(training, SelectedRecords):
            tokens = TokenStore.write(codec, training.chunks(), store).tokens
        else:
            tokens = codec.encode_compact(training)
        n_fit = len(fit_on)
        if dp is None:
            codec.find_pairs(tokens)
        n_val = round(len(tokens) * defaults.validation_ratio)
        # Under DP (no validation split) rows keep their order: the Poisson batches pick them
        # through ``dp.units.ids``, one privacy unit per row of ``training`` in that order.
        perm = np.arange(len(tokens)) if dp else np.random.default_rng([seed, 0]).permutation(len(tokens))
        val_tokens, train_tokens = np.asarray(tokens[perm[:n_val]]), np.asarray(tokens[perm[n_val:]])
        config = ModelConfig.for_slots(codec.slots, defaults.model_size, given=given_columns)
        torch.manual_seed(seed)
        model = SlotModel(config)
        settings = TrainSettings(
            learning_rate=defaults.learning_rate,
            batch_size=defaults.batch_size,
            max_epochs=dp.max_epochs if dp else defaults.epochs,
            max_seconds=defaults.max_seconds,
            any_order_share=defaults.random_order_share,
            seed=seed,
            report_losses=dp is None,
        )
        batches, step = dp.batches_and_step(model, settings.weight_decay, context) if dp else (None, None)
        if dp:
            # The budget's spent steps are not checkpointed, so a DP run always starts afresh.
            shutil.rmtree(model_dir / CHECKPOINT_DIR, ignore_errors=True)
        codec_json = json.dumps(codec.to_dict(), sort_keys=True, default=str)
        data_hash = hashlib.sha256(np.ascontiguousarray(tokens)).hexdigest()  # a memory map is not copied
        fingerprint = settings_fingerprint(settings, codec_json + data_hash + json.dumps(config.__dict__))
        logger.info(
            "training built-in model: %d rows, %d slots, %d parameters, size %s",
            len(train_tokens),
            len(config.slot_sizes),
            sum(p.numel() for p in model.parameters()),
            defaults.model_size,
        )
        outcome = train_model(
            model,
            train_tokens,
            val_tokens if n_val else None,
            settings,
            model_dir / CHECKPOINT_DIR,
            batches=batches,
            step=step,
            fingerprint=fingerprint,
            context=context,
        )
        context.check_in_sync(model)
        n_train_rows = len(train_tokens)
        if streamed:  # the memory map's file is no longer needed
            del tokens
            shutil.rmtree(store, ignore_errors=True)
        if not context.is_main:  # every rank holds the same weights; rank 0 writes them
            return TrainResult(metrics={"backend": self.name, "rank": context.rank, "steps": outcome.steps})
        codec.save(model_dir)
        config.save(model_dir)
        with atomic_path(model_dir / WEIGHTS_FILE) as tmp:
            save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(tmp))
        metrics = {
            "backend": self.name,
            "train_rows": n_train_rows,
            "validation_rows": int(n_val),
            "n_slots": len(config.slot_sizes),
            "n_parameters": sum(p.numel() for p in model.parameters()),
            "epochs": outcome.epochs,
            "steps": outcome.steps,
            "stopped_by": outcome.stopped_by,
            "planned_steps": outcome.planned_steps,
            "step_budget": outcome.step_budget,
            # Same seed, settings, machine and versions give the same model (docs/reproducibility.md);
            # never under DP, whose seed is fresh and secret every run.
            "reproducible": outcome.reproducible and dp is None,
            "best_validation_loss": outcome.best_val_loss,
            "final_train_loss": None if math.isnan(outcome.train_loss) else outcome.train_loss,
            "resumed_from_epoch": outcome.resumed_from_epoch,
            "train_seconds": round(time.monotonic() - started, 3),
        }
        if streamed:  # the codec's statistics came from a sample of the split (data.training_file)
            metrics.update(codec_fit_rows=n_fit, codec_sampled=n_fit < len(training))
        note = outcome.budget_note()
        if note:
            metrics["reproducibility_note"] = note
            logger.warning(note)
        privacy = {"dp_enabled": True, **dp.budget.summary()} if dp else None
        atomic_write_json(
            model_dir / MANIFEST_FILE,
            {
                # Under DP the seed is secret: stored, it would let anyone replay the noise.
                "seed": None if dp else seed,
                "settings": defaults.to_dict(),
                "metrics": metrics,
                "history": outcome.history,
                "privacy": privacy,
            },
        )
        shutil.rmtree(model_dir / CHECKPOINT_DIR, ignore_errors=True)
        return TrainResult(metrics=metrics, privacy=privacy)

    # -- generation --------------------------------------------------------------------------
    def generate(
        self,
        model_dir: Path,
        params: SafeSynthesizerParameters,
        *,
        num_records: int,
        seed_data: pd.DataFrame | None = None,
        training: pd.DataFrame | None = None,
    ) -> GenerateResult:
        return collect_generated(
            self, model_dir, params, num_records=num_records, seed_data=seed_data, training=training
        )

    def iter_generate(
        self,
        model_dir: Path,
        params: SafeSynthesizerParameters,
        *,
        num_records: int,
        seed_data: pd.DataFrame | None = None,
        training: pd.DataFrame | None = None,
        counters: dict | None = None,
    ) -> Iterator[pd.DataFrame]:
        """Yield the synthetic records in chunks of ``generation.batch_size`` (for streaming to disk).

        ``seed_data`` rows are used in turn (row ``i`` seeds record ``i mod len(seed_data)``);
        its non-missing cells are copied to the output and the model fills the other columns.
        """
        model_dir = Path(model_dir)
        from safe_synthesizer.models.builtin.sequence import LAYOUT_FILE, iter_generate_sequences

        if (model_dir / LAYOUT_FILE).exists():  # entity histories: num_records counts entities
            yield from iter_generate_sequences(
                self, model_dir, params, num_records=num_records, seed_data=seed_data, counters=counters
            )
            return
        codec = TabularCodec.load(model_dir)
        config = ModelConfig.load(model_dir)
        model = SlotModel(config)
        model.load_state_dict(load_file(str(model_dir / WEIGHTS_FILE)))
        manifest = json.loads((model_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        defaults = resolve_training_defaults(params, manifest["metrics"]["train_rows"])
        _set_threads(defaults.num_threads)
        dp_model = manifest.get("privacy") is not None
        check_privacy_filter(dp=dp_model or params.privacy.dp_enabled, privacy_filter=params.generation.privacy_filter)
        seed = _seed(params, private=dp_model)
        generator = torch.Generator().manual_seed(seed)
        rng = np.random.default_rng([seed, 7])
        g = params.generation
        if seed_data is not None:
            unknown = [c for c in seed_data.columns if c not in codec.column_order]
            if unknown:
                raise UserInputError(f"seed data column(s) {unknown} are not in the trained table; drop or rename them")
            if len(seed_data) == 0:
                raise UserInputError("seed data has no rows; give at least one partial record")
            seed_data = seed_data.reset_index(drop=True)
        privacy = (
            # A large split's filter comes built from its file (pipeline.generate: PrivacyFilter.from_chunks).
            (training if isinstance(training, PrivacyFilter)
             else PrivacyFilter(training, g.privacy_filter_distance, columns=codec.column_order))
            if g.privacy_filter and training is not None
            else None
        )
        batch = defaults.generation_batch_size
        for start in range(0, num_records, batch):
            n = min(batch, num_records - start)
            seeds = None
            if seed_data is not None:
                seeds = seed_data.iloc[np.arange(start, start + n) % len(seed_data)].reset_index(drop=True)
            chunk = self._sample(codec, model, n, seeds, defaults, g.top_p, generator, rng)
            if privacy is not None:
                chunk = self._filter(chunk, privacy, codec, model, seeds, defaults, g.top_p, generator, rng, counters)
            yield chunk

    def _sample(self, codec, model, n, seeds, defaults: BuiltinDefaults, top_p, generator, rng) -> pd.DataFrame:
        if seeds is None:
            tokens = sample_tokens(
                model,
                n,
                temperature=defaults.temperature,
                top_p=top_p,
                generator=generator,
                batch_size=defaults.generation_batch_size,
                forbidden=codec.forbidden_tokens(),
                pairs=codec.pairs,
            )
            return codec.decode(tokens, rng)
        out = pd.DataFrame(index=range(n), columns=codec.column_order, dtype=object)
        present = seeds.notna().to_numpy()
        patterns = {tuple(row) for row in present.tolist()}
        column_index = {c: i for i, c in enumerate(dict.fromkeys(s.column for s in codec.slots))}
        for pattern in sorted(patterns):
            rows = np.flatnonzero((present == np.array(pattern)).all(axis=1))
            given = [c for c, p in zip(seeds.columns, pattern, strict=True) if p]
            fixed = codec.encode(seeds.iloc[rows][given].reset_index(drop=True))
            tokens = sample_tokens(
                model,
                len(rows),
                fixed=fixed,
                fixed_columns=[column_index[c] for c in given if c in column_index],
                temperature=defaults.temperature,
                top_p=top_p,
                generator=generator,
                batch_size=defaults.generation_batch_size,
                forbidden=codec.forbidden_tokens(),
                pairs=codec.pairs,
            )
            decoded = codec.decode(tokens, rng)
            for c in given:
                # Given values are honoured exactly, even rare ones the codec would protect.
                decoded[c] = seeds.iloc[rows][c].to_numpy()
            out.iloc[rows] = decoded[codec.column_order].to_numpy()
        return out.infer_objects()

    def _filter(self, chunk, privacy, codec, model, seeds, defaults, top_p, generator, rng, counters):
        for _ in range(MAX_FILTER_ROUNDS):
            drop = privacy.too_close(chunk)
            if not drop.any():
                return chunk
            if counters is not None:
                counters["num_filtered_records"] += int(drop.sum())
            redo_seeds = seeds.iloc[np.flatnonzero(drop)].reset_index(drop=True) if seeds is not None else None
            fresh = self._sample(codec, model, int(drop.sum()), redo_seeds, defaults, top_p, generator, rng)
            chunk = chunk.copy()
            chunk.iloc[np.flatnonzero(drop)] = fresh[chunk.columns].to_numpy()
        logger.warning("privacy filter: some records still match training after %d rounds; dropped", MAX_FILTER_ROUNDS)
        return chunk[~privacy.too_close(chunk)].reset_index(drop=True)
