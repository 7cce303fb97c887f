-- wrk script: POST realistic Stable Diffusion prompts (three shapes, rotating) to /api/screen/prompt.
--   env PROMPT_MIX: all (default: the three in turn), allow (verdict row only), block (strict block: verdict +
--   review-index row) or report (reportable minors block: + report ledger and queue message).
local bodies = {
  '{"prompt":"(masterpiece:1.2), (best quality:1.1), ultra detailed, 8k, cinematic lighting, a lone lighthouse on a rugged cliff at golden hour, crashing waves, dramatic storm clouds, volumetric god rays, seagulls in flight, [oil painting|watercolor], by greg rutkowski and alphonse mucha, <lora:detail_tweaker:0.6>, trending on artstation, sharp focus, intricate details, warm color palette, BREAK wide angle, depth of field, bokeh, film grain","negativePrompt":"(worst quality:1.4), lowres, bad anatomy, bad hands, text, error, watermark, blurry, nsfw","policy":"mature"}',
  '{"prompt":"(masterpiece:1.2), best quality, artistic nude portrait of an adult woman, 30s, soft studio lighting, black and white photography, fine art, elegant pose, chiaroscuro, medium format film, shallow depth of field, <lora:film_grain:0.5>, detailed skin texture, museum quality print","policy":"strict"}',
  '{"prompt":"(masterpiece:1.2), best quality, 1girl, solo, l1ttle g1rl, school_girl uniform, n.u.d.e, sitting on a bed, soft window light, detailed face, bedroom, full body, looking at viewer, depth of field","policy":"mature"}',
}
local mix = os.getenv("PROMPT_MIX") or "all"
local only = ({ allow = 1, block = 2, report = 3 })[mix]
if only then bodies = { bodies[only] } elseif mix ~= "all" then error("PROMPT_MIX is all, allow, block or report") end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, bodies[(n % #bodies) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f, p50: %.2f ms, p99: %.2f ms, non-2xx or errors: %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
