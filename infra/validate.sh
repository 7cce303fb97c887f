#!/usr/bin/env bash
# Validates the infrastructure-as-code offline; CI runs it (bash infra/validate.sh).
#
#   1. obtains the pinned Bicep CLI from NuGet (infra/tools/bicep-tool.csproj -> `dotnet restore`),
#   2. `bicep build` infra/main.bicep (type-checks every module, resolves names.json),
#   3. `bicep lint` every .bicep file under infra/ (rules: infra/bicepconfig.json) and checks it is
#      in canonical `bicep format` layout (fix with: <bicep> format <file>),
#   4. checks infra/names.json against Azure naming rules and main.parameters.json against main.bicep,
# and fails on ANY warning or error. Needs only the .NET SDK and a reachable NuGet feed (or a warm
# NuGet cache); no Azure login, no network access to Azure, no registry (br:) modules.
#
# Options: -v  also print the bicep output of clean files.
# Environment: GENSCREEN_BICEP_OUT=<dir>  also keep the compiled ARM template there (main.json), for
#              tests that check what the template deploys (tests/GenScreen.Integration.Tests/Infra).
set -euo pipefail

infra_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(dirname "$infra_dir")"
tool_project="$infra_dir/tools/bicep-tool.csproj"
verbose=false
[[ "${1:-}" == "-v" ]] && verbose=true

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

fail() { echo "validate: FAIL: $*" >&2; exit 1; }

# ---- 1. Bicep CLI (pinned NuGet tool package, native single-file binary) ----
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  *) fail "unsupported platform $(uname -s)-$(uname -m)" ;;
esac

command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK (dotnet) is required"
restore_log="$(mktemp)"
if ! dotnet restore "$tool_project" -p:BicepRid="$rid" --verbosity quiet >"$restore_log" 2>&1; then
  cat "$restore_log" >&2
  fail "could not restore the Bicep CLI package (Azure.Bicep.CommandLine.$rid) from NuGet"
fi
rm -f "$restore_log"

bicep="$(dotnet msbuild "$tool_project" -p:BicepRid="$rid" -getProperty:BicepPath | tr -d '\r')"
if [[ ! -f "$bicep" ]]; then
  # Fallback: look inside the restored package folder for the executable named bicep.
  package_dir="$(dotnet msbuild "$tool_project" -p:BicepRid="$rid" -getProperty:BicepPackageDir | tr -d '\r')"
  bicep="$(find "$package_dir" -type f -name bicep 2>/dev/null | head -n 1 || true)"
fi
[[ -n "$bicep" && -f "$bicep" ]] || fail "bicep binary not found in the restored package"
if [[ ! -x "$bicep" ]]; then
  # NuGet extracts without the execute bit; fix it in place, or copy if the cache is read-only.
  if ! chmod +x "$bicep" 2>/dev/null; then
    copy="$(mktemp -d)/bicep"
    cp "$bicep" "$copy" && chmod +x "$copy"
    bicep="$copy"
  fi
fi
echo "validate: $("$bicep" --version) ($bicep)"

# ---- 2 + 3. build and lint ----
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
problems=0

# Runs bicep, echoes its diagnostics, counts a non-zero exit or any Warning/Error line as a problem.
run_bicep() {
  local label="$1"
  shift
  local log="$work/log" rc=0
  "$bicep" "$@" --no-restore >"$log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]] || grep -Eq ' : (Warning|Error) ' "$log"; then
    echo "validate: $label: FAILED (exit $rc)"
    sed "s|$repo_dir/||" "$log"
    problems=$((problems + 1))
  else
    echo "validate: $label: ok"
    $verbose && [[ -s "$log" ]] && sed "s|$repo_dir/||" "$log"
  fi
  return 0
}

run_bicep "bicep build infra/main.bicep" build "$infra_dir/main.bicep" --outfile "$work/main.json"
if [[ -n "${GENSCREEN_BICEP_OUT:-}" && -f "$work/main.json" ]]; then
  mkdir -p "$GENSCREEN_BICEP_OUT" && cp "$work/main.json" "$GENSCREEN_BICEP_OUT/main.json"
fi

mapfile -t bicep_files < <(cd "$infra_dir" && find . -name '*.bicep' -not -path './tools/*' | sed 's|^\./||' | LC_ALL=C sort)
[[ ${#bicep_files[@]} -gt 0 ]] || fail "no .bicep files found"
for f in "${bicep_files[@]}"; do
  run_bicep "bicep lint infra/$f" lint "$infra_dir/$f"
  if ! "$bicep" format --stdout "$infra_dir/$f" 2>/dev/null | cmp -s - "$infra_dir/$f"; then
    echo "validate: infra/$f is not in 'bicep format' layout; run: $bicep format infra/$f"
    problems=$((problems + 1))
  fi
done

# ---- 4a. names.json: every name must be valid for its Azure resource type ----
# Flat scan of the sections (the file is two levels deep by design, see docs/azure-architecture.md).
names_file="$infra_dir/names.json"
section=""
names_checked=0
while IFS= read -r line; do
  if [[ "$line" =~ ^[[:space:]]*\"([A-Za-z]+)\":[[:space:]]*\{ ]]; then
    section="${BASH_REMATCH[1]}"
    continue
  fi
  [[ "$line" =~ ^[[:space:]]*\}  ]] && { section=""; continue; }
  [[ "$line" =~ ^[[:space:]]*\"([A-Za-z0-9]+)\":[[:space:]]*\"([^\"]*)\" ]] || continue
  key="${BASH_REMATCH[1]}" value="${BASH_REMATCH[2]}"
  case "$section" in
    containers) # 3-63 chars, lowercase letters/digits/single hyphens, starts and ends alphanumeric
      [[ "$value" =~ ^[a-z0-9]([a-z0-9-]{1,61})[a-z0-9]$ && "$value" != *--* ]] ||
        { echo "validate: names.json containers.$key = '$value' is not a valid blob container name"; problems=$((problems + 1)); } ;;
    queues) # 3-63 chars, lowercase letters/digits/single hyphens, starts and ends alphanumeric (as containers)
      [[ "$value" =~ ^[a-z0-9]([a-z0-9-]{1,61})[a-z0-9]$ && "$value" != *--* ]] ||
        { echo "validate: names.json queues.$key = '$value' is not a valid queue name"; problems=$((problems + 1)); } ;;
    tables) # 3-63 alphanumeric chars, starts with a letter
      [[ "$value" =~ ^[A-Za-z][A-Za-z0-9]{2,62}$ ]] ||
        { echo "validate: names.json tables.$key = '$value' is not a valid table name"; problems=$((problems + 1)); } ;;
    appSettings) # Linux app settings: letters, digits, underscores ('__' = configuration section separator)
      [[ "$value" =~ ^[A-Za-z][A-Za-z0-9_]*$ ]] ||
        { echo "validate: names.json appSettings.$key = '$value' is not a valid Linux app setting name"; problems=$((problems + 1)); } ;;
    functions)
      [[ "$value" =~ ^[A-Za-z][A-Za-z0-9_-]{0,127}$ ]] ||
        { echo "validate: names.json functions.$key = '$value' is not a valid function name"; problems=$((problems + 1)); } ;;
    *) continue ;;
  esac
  names_checked=$((names_checked + 1))
done <"$names_file"
[[ $names_checked -gt 0 ]] || { echo "validate: names.json: no names found"; problems=$((problems + 1)); }
echo "validate: infra/names.json: $names_checked names checked"

# ---- 4b. every parameter azd passes must exist in main.bicep ----
param_count=0
while IFS= read -r name; do
  param_count=$((param_count + 1))
  grep -Eq "^param $name " "$infra_dir/main.bicep" ||
    { echo "validate: main.parameters.json sets '$name', which main.bicep does not declare"; problems=$((problems + 1)); }
done < <(grep -Eo '^    "[A-Za-z0-9_]+": \{' "$infra_dir/main.parameters.json" | sed -E 's/^ *"([^"]+)".*/\1/')
[[ $param_count -gt 0 ]] || { echo "validate: main.parameters.json: no parameters found"; problems=$((problems + 1)); }
echo "validate: infra/main.parameters.json: $param_count parameters checked"

# ---- 4c. azure.yaml points at the Functions project ----
if [[ -f "$repo_dir/azure.yaml" ]]; then
  project="$(sed -nE 's/^ +project: *(\S+).*/\1/p' "$repo_dir/azure.yaml" | head -n 1)"
  if [[ -z "$project" || ! -d "$repo_dir/$project" ]]; then
    echo "validate: azure.yaml: service project '$project' does not exist"
    problems=$((problems + 1))
  else
    echo "validate: azure.yaml: service project $project exists"
  fi
fi

if [[ $problems -gt 0 ]]; then
  echo "validate: $problems problem(s)"
  exit 1
fi
echo "validate: OK: ${#bicep_files[@]} bicep files, 0 warnings, 0 errors"
