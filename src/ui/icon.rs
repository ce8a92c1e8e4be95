//! The app's icon (assets/zweifaktor-64.png) as a texture for the screens' headers, decoded
//! once, on the first frame that shows it (a 64-pixel PNG: well under a millisecond).

use egui::{ColorImage, TextureHandle, TextureOptions};

/// The icon's texture, made on first use and kept in egui's memory.
pub fn texture(ctx: &egui::Context) -> TextureHandle {
    let id = egui::Id::unique("zweifaktor-icon");
    if let Some(texture) = ctx.data(|d| d.get_temp::<TextureHandle>(id)) {
        return texture;
    }
    let texture = ctx.load_texture("zweifaktor-icon", image(), TextureOptions::LINEAR);
    ctx.data_mut(|d| d.insert_temp(id, texture.clone()));
    texture
}

/// The icon's pixels; a blank square if the bundled file could not be read (it is part of the
/// program, so only a broken build gets there).
fn image() -> ColorImage {
    match image::load_from_memory(include_bytes!("../../assets/zweifaktor-64.png")) {
        Ok(decoded) => {
            let rgba = decoded.to_rgba8();
            let size = [rgba.width() as usize, rgba.height() as usize];
            ColorImage::from_rgba_unmultiplied(size, rgba.as_raw())
        }
        Err(_) => ColorImage::filled([1, 1], egui::Color32::TRANSPARENT),
    }
}
