//! How fast one prebuilt generator turns out codes. The target is at least 2,000,000 SHA1
//! 6-digit TOTP codes per second on one core; criterion's throughput line ("elem/s") is that
//! figure directly, since each element is one code.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use zweifaktor_core::otp::{OtpGenerator, OtpSpec};
use zweifaktor_core::secret::SecretBytes;

/// Codes per measured iteration: enough to make the loop overhead vanish.
const CODES_PER_BATCH: u64 = 1_000;

fn totp_sha1_six_digits(c: &mut Criterion) {
    let secret = SecretBytes::new(b"12345678901234567890".to_vec());
    let generator = match OtpGenerator::new(&OtpSpec::default(), &secret) {
        Ok(generator) => generator,
        Err(error) => panic!("the default spec must be usable: {error}"),
    };
    let mut group = c.benchmark_group("otp");
    group.throughput(Throughput::Elements(CODES_PER_BATCH));
    group.bench_function("totp_sha1_6_digits", |b| {
        let mut now = 1_700_000_000u64;
        b.iter(|| {
            for _ in 0..CODES_PER_BATCH {
                // Successive time steps, so every code needs its own HMAC.
                now += 30;
                black_box(generator.code_at(black_box(now)));
            }
        });
    });
    group.finish();
}

criterion_group!(benches, totp_sha1_six_digits);
criterion_main!(benches);
