//! Vault costs: unlocking at the default key-derivation parameters, and loading + saving a vault
//! of 10,000 procedures with the key already derived.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use zweifaktor_core::otp::OtpSpec;
use zweifaktor_core::procedure::{Procedure, ProcedureDraft};
use zweifaktor_core::secret::{Password, SecretBytes};
use zweifaktor_core::vault::kdf::KdfParams;
use zweifaktor_core::vault::storage::VaultFiles;
use zweifaktor_core::vault::{UnlockedVault, derive_key};

fn vault_with(procedures: usize, kdf: KdfParams) -> (UnlockedVault, Vec<u8>) {
    let password = Password::from("Bench-Password-1");
    let mut vault = UnlockedVault::create(&password, kdf, false).expect("create vault");
    for i in 0..procedures {
        let draft = ProcedureDraft {
            name: format!("Procedure {i}"),
            issuer: Some("Example Office".into()),
            account: Some(format!("user{i}@example.org")),
            secret: SecretBytes::new((0..20).map(|b| (b * 7 + i) as u8).collect()),
            url: Some(format!("https://portal{i}.example.org/login")),
            otp: OtpSpec::default(),
        };
        vault
            .contents
            .procedures
            .push(Procedure::create(draft, 1_700_000_000).expect("valid draft"));
    }
    let file = vault.seal();
    (vault, file)
}

fn unlock_at_default_parameters(c: &mut Criterion) {
    let (_, file) = vault_with(20, KdfParams::default());
    let password = Password::from("Bench-Password-1");
    let mut group = c.benchmark_group("unlock");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(8));
    group.bench_function("argon2id m=64MiB t=3 p=4 + open, 20 procedures", |b| {
        b.iter(|| UnlockedVault::open(black_box(&file), &password).expect("unlock"))
    });
    group.finish();
}

fn load_and_save_10000(c: &mut Criterion) {
    let cheap = KdfParams {
        memory_kib: 64,
        passes: 1,
        lanes: 1,
    };
    let (_, file) = vault_with(10_000, cheap);
    let key = derive_key(&file, &Password::from("Bench-Password-1")).expect("key");
    let folder = tempfile::tempdir().expect("temp dir");
    let files = VaultFiles::new(folder.path().join("bench.zfv"));
    {
        let lock = files.lock().expect("lock");
        files.write(&lock, &file).expect("write");
    }
    println!("vault file with 10,000 procedures: {} bytes", file.len());

    let mut group = c.benchmark_group("10k procedures");
    group.sample_size(20);
    group.bench_function("open + seal (memory only)", |b| {
        b.iter(|| {
            let mut vault =
                UnlockedVault::open_with_key(black_box(&file), key.clone()).expect("open");
            black_box(vault.seal())
        })
    });
    group.bench_function(
        "lock + read + open + seal + atomic write with fsync and backup",
        |b| {
            b.iter(|| {
                let lock = files.lock().expect("lock");
                let bytes = files.read().expect("read");
                let mut vault = UnlockedVault::open_with_key(&bytes, key.clone()).expect("open");
                files.write(&lock, &vault.seal()).expect("write");
            })
        },
    );
    group.finish();
}

criterion_group!(benches, unlock_at_default_parameters, load_and_save_10000);
criterion_main!(benches);
