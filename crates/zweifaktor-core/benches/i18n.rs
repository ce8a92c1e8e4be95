//! What choosing a language costs at start: both front ends do it once before anything else
//! (the window's first frame waits for it), and it must stay well under 5 ms. Measured: the
//! system's languages read, a fresh loader with the language's `.ftl` file and English parsed
//! (what `zweifaktor::i18n::init` does, for the core's file; the program's is of the same
//! size), and the first message formatted.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use zweifaktor_core::i18n::{self, language};
use zweifaktor_core::message::Localize;
use zweifaktor_core::unlock::UnlockError;

fn choose_a_language(c: &mut Criterion) {
    let mut group = c.benchmark_group("i18n");
    group.bench_function("system_languages", |b| b.iter(language::system));
    for code in ["de", "en"] {
        group.bench_function(format!("load_{code}_and_format"), |b| {
            b.iter(|| {
                let loader = i18n::loader_for(black_box(code));
                let wrong = UnlockError::WrongPassword {
                    attempts_left: 9,
                    locked_for: None,
                };
                black_box(wrong.localize(&loader))
            });
        });
    }
    group.finish();
}

criterion_group!(benches, choose_a_language);
criterion_main!(benches);
