import json

import torch

from safe_synthesizer.utils.checkpoints import fingerprint_of, load_checkpoint, save_checkpoint


def _model_and_optimizer(seed: int):
    torch.manual_seed(seed)
    model = torch.nn.Linear(3, 2)
    optimizer = torch.optim.AdamW(model.parameters(), lr=0.01)
    model(torch.randn(4, 3)).sum().backward()
    optimizer.step()
    return model, optimizer


def test_round_trip_restores_tensors_optimizer_and_rng(tmp_path):
    model, optimizer = _model_and_optimizer(0)
    save_checkpoint(tmp_path / "w.safetensors", tmp_path / "s.json", fingerprint="abc",
                    groups={"model": model.state_dict(), "best": {"x": torch.ones(2)}},
                    optimizer=optimizer, meta={"step": 7})
    expected_draw = torch.rand(3)

    _, other_opt = _model_and_optimizer(1)
    meta, groups = load_checkpoint(tmp_path / "w.safetensors", tmp_path / "s.json", fingerprint="abc",
                                   optimizer=other_opt)
    assert meta["step"] == 7
    assert torch.equal(groups["best"]["x"], torch.ones(2))
    assert torch.equal(groups["model"]["weight"], model.weight.detach())
    assert torch.equal(other_opt.state_dict()["state"][0]["exp_avg"], optimizer.state_dict()["state"][0]["exp_avg"])
    assert torch.equal(torch.rand(3), expected_draw)  # the RNG continues where the checkpoint was taken


def test_other_configuration_or_missing_files_resume_nothing(tmp_path):
    model, optimizer = _model_and_optimizer(0)
    assert load_checkpoint(tmp_path / "w", tmp_path / "s", fingerprint="abc", optimizer=optimizer) is None
    save_checkpoint(tmp_path / "w", tmp_path / "s", fingerprint="abc", groups={"model": model.state_dict()},
                    optimizer=optimizer, meta={})
    assert json.loads((tmp_path / "s").read_text())["fingerprint"] == "abc"
    assert load_checkpoint(tmp_path / "w", tmp_path / "s", fingerprint="xyz", optimizer=optimizer) is None


def test_fingerprint_is_order_stable_and_sensitive():
    assert fingerprint_of({"a": 1, "b": 2}) == fingerprint_of({"b": 2, "a": 1})
    assert fingerprint_of({"a": 1}) != fingerprint_of({"a": 2})
