"""usable_cores(): CPU affinity, less where a cgroup CPU quota allows fewer (fake /proc and /sys trees)."""

from __future__ import annotations

import os

import pytest

from pvdkg.limits import cgroup_cpu_quota, usable_cores


def _tree(tmp_path, cgroup: str, files: dict[str, str]):
    (tmp_path / "proc/self").mkdir(parents=True)
    (tmp_path / "proc/self/cgroup").write_text(cgroup)
    for rel, text in files.items():
        path = tmp_path / "sys/fs/cgroup" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def _affinity() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@pytest.mark.parametrize(
    ("cgroup", "files", "quota"),
    [
        # cgroup v2: the process's own cgroup
        ("0::/app\n", {"app/cpu.max": "150000 100000\n"}, 1.5),
        # v2: no quota on the cgroup, one on a parent (the smaller of the path counts)
        ("0::/a/b\n", {"a/b/cpu.max": "max 100000\n", "a/cpu.max": "100000 100000\n"}, 1.0),
        ("0::/a/b\n", {"a/b/cpu.max": "50000 100000\n", "a/cpu.max": "400000 100000\n"}, 0.5),
        # v2 without any quota, and a container whose cgroup is the namespace root
        ("0::/\n", {"cpu.max": "max 100000\n"}, None),
        ("0::/\n", {"cpu.max": "300000 100000\n"}, 3.0),
        # cgroup v1: the cpu controller's quota (-1: none), in its own or a shared folder
        (
            "4:memory:/x\n2:cpu,cpuacct:/docker/1\n",
            {"cpu,cpuacct/docker/1/cpu.cfs_quota_us": "200000\n", "cpu,cpuacct/docker/1/cpu.cfs_period_us": "100000\n"},
            2.0,
        ),
        ("1:cpu:/\n", {"cpu/cpu.cfs_quota_us": "-1\n", "cpu/cpu.cfs_period_us": "100000\n"}, None),
        # unreadable or malformed files: no quota, never an error
        ("0::/app\n", {"app/cpu.max": "garbage\n"}, None),
        ("0::/app\n", {"app/cpu.max": "100000 0\n"}, None),
        ("", {}, None),
    ],
)
def test_cgroup_quota(tmp_path, cgroup, files, quota):
    assert cgroup_cpu_quota(_tree(tmp_path, cgroup, files)) == quota


def test_no_cgroups_at_all(tmp_path):
    assert cgroup_cpu_quota(tmp_path) is None  # no /proc/self/cgroup (not Linux)
    assert usable_cores(str(tmp_path)) == _affinity()


def test_a_quota_caps_the_cores(tmp_path):
    root = _tree(tmp_path, "0::/app\n", {"app/cpu.max": "50000 100000\n"})
    assert usable_cores(str(root)) == 1  # half a CPU: one worker, never none


def test_a_quota_above_the_affinity_changes_nothing(tmp_path):
    root = _tree(tmp_path, "0::/app\n", {"app/cpu.max": f"{(_affinity() + 8) * 100000} 100000\n"})
    assert usable_cores(str(root)) == _affinity()


def test_a_fractional_quota_rounds_up(tmp_path):
    root = _tree(tmp_path, "0::/app\n", {"app/cpu.max": "110000 100000\n"})
    assert usable_cores(str(root)) == min(2, _affinity())
