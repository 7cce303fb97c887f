namespace GenScreen.Benchmarks;

/// <summary>Realistic Stable Diffusion prompts (300-600 characters) with weights, LoRAs and tags.</summary>
public static class SamplePrompts
{
    public const string Benign =
        "(masterpiece:1.2), (best quality:1.1), ultra detailed, 8k, cinematic lighting, a lone lighthouse on a rugged " +
        "cliff at golden hour, crashing waves, dramatic storm clouds, volumetric god rays, seagulls in flight, " +
        "[oil painting|watercolor], by greg rutkowski and alphonse mucha, <lora:detail_tweaker:0.6>, trending on artstation, " +
        "sharp focus, intricate details, warm color palette, BREAK wide angle, depth of field, bokeh, film grain, " +
        "((highly detailed sky)), soft rim light, photorealistic, award winning photograph";

    public const string Negative =
        "(worst quality:1.4), (low quality:1.4), (normal quality:1.4), lowres, bad anatomy, bad hands, text, error, " +
        "missing fingers, extra digit, fewer digits, cropped, jpeg artifacts, signature, watermark, username, blurry, nsfw";

    public const string Evasive =
        "(masterpiece:1.2), best quality, 1girl, solo, l1ttle g1rl, school_girl uniform, n.u.d.e, (nuuuude:1.3), " +
        "Tаylor Swift lookalike, <lora:loli_style:0.8>, [from:to:0.5], sitting on a bed, soft window light, " +
        "detailed face, bedroom, BREAK ((sh0rt skirt)), 12yo, full body, looking at viewer, depth of field";

    public const string Adult =
        "(masterpiece:1.2), best quality, artistic nude portrait of an adult woman, 30s, soft studio lighting, " +
        "black and white photography, fine art, elegant pose, chiaroscuro, medium format film, shallow depth of field, " +
        "<lora:film_grain:0.5>, detailed skin texture, by helmut newton, museum quality print";

    /// <summary>
    /// About 500 characters of Russian, Korean, Arabic, Hindi, Thai and Japanese (names, places and ordinary words
    /// in scripts the name matcher transliterates word by word), no protected name: the worst case for
    /// <c>OtherScriptNames</c>, which reads every window of words.
    /// </summary>
    public const string OtherScripts =
        "(masterpiece:1.2), портрет молодой женщины Анна Петрова в старинном платье у окна, мягкий свет, " +
        "서울의 밤거리 풍경 김민지 사진작가 스타일, 네온 불빛, " +
        "امرأة تقرأ كتابا في مقهى قديم في القاهرة، إضاءة دافئة, " +
        "प्रिया शर्मा बगीचे में फूलों के साथ, तेल चित्र, " +
        "หญิงสาวยืนริมทะเล แสงอาทิตย์ยามเย็น, " +
        "京都の古い寺、桜の木の下で着物を着た女性、やわらかい光, " +
        "Σαντορίνη λευκά σπίτια μπλε τρούλοι ηλιοβασίλεμα, " +
        "אישה מבוגרת בשוק של ירושלים, צבעים חמים, মেয়েটি নদীর ধারে বসে আছে, শান্ত বিকেল, " +
        "best quality, detailed, 8k, cinematic lighting";
}
