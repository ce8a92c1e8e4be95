//! Types that hold secret material: zeroized on drop, redacted in `Debug`, never `Display`ed.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

/// The raw bytes of an OTP shared secret.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop, Default)]
pub struct SecretBytes(Vec<u8>);

impl SecretBytes {
    pub fn new(bytes: Vec<u8>) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Canonical unpadded upper-case Base32 (what otpauth URIs carry). The returned string is
    /// zeroized when dropped.
    pub fn to_base32(&self) -> Zeroizing<String> {
        Zeroizing::new(data_encoding::BASE32_NOPAD.encode(&self.0))
    }
}

impl fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBytes([redacted; {} bytes])", self.0.len())
    }
}

/// Stored inside the encrypted vault body as canonical Base32.
impl Serialize for SecretBytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_base32())
    }
}

impl<'de> Deserialize<'de> for SecretBytes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(Base32Visitor)
    }
}

/// Decodes straight from the input where the format lends us the text, so that no extra copy
/// of the secret is made (and none needs wiping); one is wiped where we must copy.
struct Base32Visitor;

impl Base32Visitor {
    fn decode<E: serde::de::Error>(text: &str) -> Result<SecretBytes, E> {
        data_encoding::BASE32_NOPAD
            .decode(text.as_bytes())
            .map(SecretBytes)
            .map_err(|_| E::custom("stored secret is not canonical Base32"))
    }
}

impl serde::de::Visitor<'_> for Base32Visitor {
    type Value = SecretBytes;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a Base32 secret")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<SecretBytes, E> {
        Self::decode(text)
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<SecretBytes, E> {
        let text = Zeroizing::new(text);
        Self::decode(&text)
    }
}

/// A master password (or any password typed by the user).
#[derive(Clone, Zeroize, ZeroizeOnDrop, Default)]
pub struct Password(String);

impl Password {
    pub fn new(text: String) -> Self {
        Self(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl From<&str> for Password {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_the_secret() {
        let secret = SecretBytes::new(b"12345678901234567890".to_vec());
        let printed = format!("{secret:?}");
        assert!(!printed.contains("GEZDGNBV"), "{printed}");
        assert!(!printed.contains("49"), "{printed}");
        assert_eq!(printed, "SecretBytes([redacted; 20 bytes])");
        let password = Password::from("Hunter2!secret");
        assert_eq!(format!("{password:?}"), "Password([redacted])");
    }

    #[test]
    fn secret_survives_serde_as_base32() {
        let secret = SecretBytes::new(b"12345678901234567890".to_vec());
        let json = serde_json::to_string(&secret).unwrap();
        assert_eq!(json, "\"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\"");
        let back: SecretBytes = serde_json::from_str(&json).unwrap();
        assert_eq!(back, secret);
    }
}
