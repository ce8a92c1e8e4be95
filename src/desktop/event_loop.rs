//! The window's event loop (winit): input goes to egui, egui's output to the painter and the
//! screen, and a frame runs only when egui asks for one — on input, when the countdown's next
//! second comes, or when a background job wakes the window. Between frames the process sleeps.

use std::num::NonZeroU32;
use std::rc::Rc;
use std::time::{Duration, Instant};

use egui::{ViewportCommand, ViewportId};
use egui_winit::accesskit_winit;
use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoopProxy, OwnedDisplayHandle};
use winit::window::{Window, WindowId};

use super::frame_trace::{FrameRecord, FrameTrace};
use super::painter::{Damage, SoftwarePainter};
use super::shortcut::{ShortcutEvent, ShortcutListener};
use super::tray::{Tray, TrayReport};
use super::viewport_actions;
use super::window_place::{self, Settling};
use crate::app::TrayPresence;
use crate::ui::Window as AppWindow;
use zweifaktor_core::window_place::WindowPlace;

/// The most frames a second an animation gets.
const ANIMATION_FPS: u32 = 60;

/// What wakes the event loop besides the window system.
#[derive(Debug)]
pub enum UserEvent {
    /// egui wants a frame at `when` (asked during pass number `pass`).
    Repaint { when: Instant, pass: u64 },
    /// A screen reader asked for the accessibility tree or an action.
    AccessKit(accesskit_winit::Event),
    /// The desktop prefers dark or light (`None`: it has no preference); where winit does not
    /// tell (`system_theme`).
    SystemTheme(Option<egui::Theme>),
    /// The global shortcut was pressed, or the system said what became of it (`shortcut`).
    Shortcut(ShortcutEvent),
    /// The tray icon is shown or missing, or an entry of its menu was chosen.
    Tray(TrayReport),
}

impl From<accesskit_winit::Event> for UserEvent {
    fn from(event: accesskit_winit::Event) -> Self {
        UserEvent::AccessKit(event)
    }
}

/// The open window and what draws into it. Field order is drop order: the surface goes
/// before the window it shows.
struct OpenWindow {
    surface: softbuffer::Surface<OwnedDisplayHandle, Rc<Window>>,
    input: egui_winit::State,
    viewport_info: egui::ViewportInfo,
    /// The window's size in pixels, as last read from the window system.
    size: winit::dpi::PhysicalSize<u32>,
    /// The window was resized, moved, (un)focused or told to change since `viewport_info` and
    /// `size` were read. Reading them asks the X server about a dozen questions, each a round
    /// trip the frame waits for: an idle window's once-a-second frame spent a tenth of its time
    /// there, asking about a window nothing had changed.
    viewport_stale: bool,
    window: Rc<Window>,
}

pub struct DesktopLoop {
    app: AppWindow,
    ctx: egui::Context,
    viewport: egui::ViewportBuilder,
    display: softbuffer::Context<OwnedDisplayHandle>,
    proxy: EventLoopProxy<UserEvent>,
    window: Option<OpenWindow>,
    painter: SoftwarePainter,
    /// When the next frame is due; `None`: only on input.
    next_frame: Option<Instant>,
    /// When the last frame began.
    last_frame: Option<Instant>,
    /// A frame was asked for by us (not by the window system uncovering the window).
    frame_requested: bool,
    /// The whole frame must be shown again (uncovered, resized, refocused).
    show_everything: bool,
    exited: bool,
    /// The desktop's preference as last reported by the settings portal (applied to the
    /// window once it is open).
    system_theme: Option<Option<egui::Theme>>,
    /// The global shortcut, set up after the first frame.
    shortcut: ShortcutListener,
    /// `ZWEIFAKTOR_TRACE_FRAMES`: each frame's cost on stderr.
    trace: Option<FrameTrace>,
    /// Why the window could not be opened, for `run` to report.
    pub error: Option<anyhow::Error>,
    /// The tray icon, once started (after the first frame).
    tray: Option<Tray>,
    tray_started: bool,
    /// The window is closed into the tray (or started there): the app still runs its timers
    /// (auto-lock, clipboard clearing) in frames that draw nothing.
    in_tray: bool,
    /// Started minimised: the window opens after all if by then the tray has not said it
    /// shows the icon (never an invisible program nobody can reach).
    open_unless_tray_by: Option<Instant>,
    /// A move or resize of the window waiting to settle before its place is remembered.
    place_settling: Settling,
    /// The window was moved to the pointer for the quick pick: that place is not remembered.
    placed_for_quick_pick: bool,
    /// The shortcut brought the window out of the tray for the quick pick: it goes back there
    /// when the quick pick closes.
    quick_pick_from_tray: bool,
}

/// How long a start minimised to the tray waits for the tray to show the icon.
const TRAY_ANSWER_WAIT: Duration = Duration::from_secs(5);

impl DesktopLoop {
    pub fn new(
        app: AppWindow,
        ctx: egui::Context,
        viewport: egui::ViewportBuilder,
        display: softbuffer::Context<OwnedDisplayHandle>,
        proxy: EventLoopProxy<UserEvent>,
    ) -> Self {
        let repaint_proxy = proxy.clone();
        ctx.set_request_repaint_callback(move |info| {
            // The loop may be gone at exit; nothing to wake then.
            let _ = repaint_proxy.send_event(UserEvent::Repaint {
                when: Instant::now() + info.delay,
                pass: info.current_cumulative_pass_nr,
            });
        });
        Self {
            app,
            ctx,
            viewport,
            display,
            proxy,
            window: None,
            painter: SoftwarePainter::new(),
            next_frame: None,
            last_frame: None,
            frame_requested: false,
            show_everything: true,
            exited: false,
            system_theme: None,
            shortcut: ShortcutListener::default(),
            trace: FrameTrace::from_env(),
            error: None,
            tray: None,
            tray_started: false,
            in_tray: false,
            open_unless_tray_by: None,
            place_settling: Settling::default(),
            placed_for_quick_pick: false,
            quick_pick_from_tray: false,
        }
    }

    fn schedule(&mut self, when: Instant) {
        self.next_frame = Some(self.next_frame.map_or(when, |due| due.min(when)));
    }

    /// A frame egui asked for (an animation: a spinner, a scroll bar fading in, a blinking
    /// cursor), at most [`ANIMATION_FPS`] a second. egui asks for the next animation frame at
    /// once and leaves the pace to the screen's refresh; a CPU painter has none, and a spinner
    /// during the key derivation ran at ~7,000 frames a second, taking a core from it. Input
    /// is answered at once ([`Self::schedule`]).
    fn schedule_animation(&mut self, when: Instant) {
        self.schedule(paced(self.last_frame, when));
    }

    fn open_window(&mut self, event_loop: &ActiveEventLoop) -> anyhow::Result<()> {
        // Hidden until the screen-reader adapter is attached, as AccessKit requires.
        let builder = self.viewport.clone().with_visible(false);
        let window = Rc::new(egui_winit::create_window(&self.ctx, event_loop, &builder)?);
        let placement = window_place::placement(
            event_loop,
            self.app.config().window_place.as_ref(),
            super::WINDOW_SIZE,
        );
        if let Some(placement) = &placement {
            window_place::apply(&window, placement);
        }
        // Before the window is shown: a screen shared in a call never shows a code. The scan
        // for QR codes still works: Windows leaves a protected window out of the picture (the
        // browser behind it is read), macOS leaves it out or black; neither fails the capture.
        window.set_content_protected(self.app.config().hide_from_capture);
        let surface = softbuffer::Surface::new(&self.display, window.clone()).map_err(|e| {
            anyhow::anyhow!(crate::fl!("window-cannot-draw", reason = e.to_string()))
        })?;
        let mut input = egui_winit::State::new(
            self.ctx.clone(),
            ViewportId::ROOT,
            event_loop,
            Some(window.scale_factor() as f32),
            window.theme(),
            None,
        );
        input.init_accesskit(event_loop, &window, self.proxy.clone());
        if let Some(theme) = self.system_theme {
            input.egui_input_mut().system_theme = theme;
        }
        let mut viewport_info = egui::ViewportInfo::default();
        egui_winit::update_viewport_info(&mut viewport_info, &self.ctx, &window, true);
        window.set_visible(true);
        // Maximised over the place it is restored to — once it is shown: a window manager
        // takes no state changes for a window not yet on the screen (EWMH), and at start it
        // came up at its normal size (tried with openbox).
        if placement.is_some() && self.app.config().window_place.is_some_and(|p| p.maximized) {
            window.set_maximized(true);
        }
        self.window = Some(OpenWindow {
            surface,
            input,
            viewport_info,
            size: window.inner_size(),
            viewport_stale: false,
            window,
        });
        self.show_everything = true;
        self.schedule(Instant::now());
        Ok(())
    }

    /// One frame: egui runs the app, then what changed is painted and shown.
    fn frame(&mut self, event_loop: &ActiveEventLoop, by_window_system: bool) {
        let Some(open) = self.window.as_mut() else {
            return;
        };
        if std::mem::take(&mut open.viewport_stale) {
            egui_winit::update_viewport_info(
                &mut open.viewport_info,
                &self.ctx,
                &open.window,
                false,
            );
            open.size = open.window.inner_size();
        }
        let (Some(width), Some(height)) = (
            NonZeroU32::new(open.size.width),
            NonZeroU32::new(open.size.height),
        ) else {
            return; // minimised
        };
        let mut raw_input = open.input.take_egui_input(&open.window);
        raw_input
            .viewports
            .insert(ViewportId::ROOT, open.viewport_info.clone());
        let app = &mut self.app;
        let ui_start = Instant::now();
        self.last_frame = Some(ui_start);
        let output = self.ctx.run_ui(raw_input, |ui| app.show(ui));
        let ui_time = ui_start.elapsed();
        let passes = output.platform_output.num_completed_passes;
        let discard_reasons = if self.trace.is_some() {
            output.platform_output.request_discard_reasons.clone()
        } else {
            Vec::new()
        };
        open.input.handle_platform_output_with_event_loop(
            &open.window,
            event_loop,
            output.platform_output,
        );
        let mut repaint_delay = Duration::MAX;
        let mut actions = Vec::new();
        let mut close = false;
        let mut back_to_tray = false;
        if let Some(viewport_output) = output.viewport_output.get(&ViewportId::ROOT) {
            repaint_delay = viewport_output.repaint_delay;
            let (commands, asked_to_close) =
                viewport_actions::take(&viewport_output.commands, &ViewportCommand::Close);
            close = asked_to_close;
            let (commands, minimise) = if self.quick_pick_from_tray {
                viewport_actions::take(&commands, &ViewportCommand::Minimized(true))
            } else {
                (commands, false)
            };
            back_to_tray = minimise;
            if !viewport_output.commands.is_empty() {
                open.viewport_stale = true;
            }
            egui_winit::process_viewport_commands(
                &self.ctx,
                &mut open.viewport_info,
                commands,
                &open.window,
                &mut actions,
            );
        }
        if repaint_delay < Duration::MAX {
            let when = paced(self.last_frame, Instant::now() + repaint_delay);
            self.next_frame = Some(self.next_frame.map_or(when, |due| due.min(when)));
        }
        let textures = output.textures_delta.set.len() + output.textures_delta.free.len();
        let paint_start = Instant::now();
        let damage = self.painter.paint(
            &self.ctx,
            output.shapes,
            output.textures_delta,
            output.pixels_per_point,
            width.get(),
            height.get(),
        );
        let damage = if std::mem::take(&mut self.show_everything) {
            Damage::Everything
        } else {
            damage
        };
        if let Err(e) = show(&mut open.surface, &self.painter, &damage, width, height) {
            eprintln!("zweifaktor: cannot show the window's content: {e}");
        }
        if viewport_actions::carry_out(actions, &mut open.input, &self.painter) {
            self.schedule(Instant::now());
        }
        if let Some(trace) = self.trace.as_mut() {
            trace.record(&FrameRecord {
                by_window_system,
                passes,
                discard_reasons: &discard_reasons,
                ui: ui_time,
                paint: paint_start.elapsed(),
                damage: &damage,
                textures,
                repaint_delay,
                repaint_causes: &self.ctx.repaint_causes(),
            });
        }
        // After the frame is shown: the first one is never kept waiting for the system.
        self.shortcut
            .follow(self.app.wanted_shortcut(), event_loop, &self.proxy);
        self.update_tray();
        if back_to_tray {
            self.quick_pick_from_tray = false;
            // Where the quick pick was is not the window's place: the one remembered when the
            // shortcut came stays.
            self.placed_for_quick_pick = false;
            self.place_settling.clear();
            self.leave_to_tray();
        } else if close {
            self.close(event_loop);
        }
    }

    /// The global shortcut: the quick pick opens in the window, brought to the front. A window
    /// that was in the tray, minimised or behind others comes centred on the monitor the
    /// pointer is on (where the user is working; where the pointer is not told, on the
    /// window's monitor), and goes back when the quick pick closes, so that the code is
    /// pasted where the user was.
    fn shortcut_pressed(&mut self, event_loop: &ActiveEventLoop, pointer: Option<(i32, i32)>) {
        let from_tray = self.window.is_none();
        if from_tray {
            if !self.in_tray {
                return;
            }
            self.come_back(event_loop);
        }
        let Some(window) = self.window.as_ref().map(|open| open.window.clone()) else {
            return;
        };
        let back = from_tray || window.is_minimized().unwrap_or(false) || !window.has_focus();
        self.quick_pick_from_tray = from_tray;
        if back {
            // Its own place is remembered first: the move for the quick pick is not the
            // user's (and is not remembered, [`Self::remember_place`]).
            self.remember_place();
            window_place::centre_for_quick_pick(&window, event_loop, pointer);
            self.placed_for_quick_pick = true;
        }
        window.set_minimized(false);
        window.set_visible(true);
        window.focus_window();
        self.app.open_quick_pick(back);
        self.schedule(Instant::now());
    }

    /// The window is closed (its close button, or egui's `Close`): into the tray when that
    /// option is on and the icon is there to come back through, else the program quits.
    fn close(&mut self, event_loop: &ActiveEventLoop) {
        if self.app.closes_to_tray() {
            self.go_to_tray();
        } else {
            self.quit(event_loop);
        }
    }

    /// A frame while the window is in the tray: the app's timers and the tray's commands run,
    /// nothing is drawn (egui's texture changes still reach the painter, for when the window
    /// is back).
    fn frame_in_tray(&mut self, event_loop: &ActiveEventLoop) {
        if self
            .open_unless_tray_by
            .is_some_and(|by| Instant::now() >= by)
        {
            self.open_unless_tray_by = None;
            if self.tray_presence() != TrayPresence::Shown {
                return self.come_back(event_loop);
            }
        }
        let app = &mut self.app;
        let output = self
            .ctx
            .run_ui(egui::RawInput::default(), |ui| app.show(ui));
        if let Some(viewport_output) = output.viewport_output.get(&ViewportId::ROOT)
            && viewport_output.repaint_delay < Duration::MAX
        {
            self.schedule(Instant::now() + viewport_output.repaint_delay);
        }
        let (width, height) = (self.painter.width().max(1), self.painter.height().max(1));
        self.painter.paint(
            &self.ctx,
            Vec::new(),
            output.textures_delta,
            output.pixels_per_point,
            width,
            height,
        );
        // Started in the tray: the shortcut works before the window was ever shown.
        self.shortcut
            .follow(self.app.wanted_shortcut(), event_loop, &self.proxy);
        self.update_tray();
        if let Some(by) = self.open_unless_tray_by {
            self.schedule(by);
        }
    }

    fn tray_presence(&self) -> TrayPresence {
        self.app.tray_presence()
    }

    /// Starts the tray after the first frame (off the start path), or hands it the menu.
    fn update_tray(&mut self) {
        let menu = self.app.tray_menu();
        if let Some(tray) = self.tray.as_mut() {
            tray.show(menu);
        } else if !self.tray_started {
            self.tray_started = true;
            let proxy = std::sync::Mutex::new(self.proxy.clone());
            self.tray = Tray::start(
                menu,
                std::sync::Arc::new(move |report| {
                    if let Ok(proxy) = proxy.lock() {
                        // The loop may be gone at exit; nothing to tell then.
                        let _ = proxy.send_event(UserEvent::Tray(report));
                    }
                }),
            );
        }
    }

    /// Remembers where the window is now (in the settings, for its return and the next start);
    /// not while the quick pick has it where the pointer was.
    fn remember_place(&mut self) {
        self.place_settling.clear();
        if self.placed_for_quick_pick {
            if self.app.quick_pick_open() {
                return;
            }
            self.placed_for_quick_pick = false;
        }
        if let Some(place) = self
            .window
            .as_ref()
            .and_then(|o| window_place::read(&o.window))
        {
            let place = WindowPlace::remembered(place, self.app.config().window_place.as_ref());
            self.app.remember_window_place(place);
        }
    }

    /// Closes the window into the tray: the window goes (on Wayland a window cannot be hidden),
    /// its size and place are remembered for its return.
    fn go_to_tray(&mut self) {
        self.remember_place();
        self.leave_to_tray();
    }

    /// The window goes, the program stays in the tray.
    fn leave_to_tray(&mut self) {
        if let Some(open) = self.window.take() {
            // Where the place cannot be read (Wayland), the size at least comes back with it.
            let size = open
                .window
                .inner_size()
                .to_logical::<f32>(open.window.scale_factor());
            self.viewport = self
                .viewport
                .clone()
                .with_inner_size([size.width, size.height]);
        }
        self.in_tray = true;
        self.schedule(Instant::now());
    }

    /// Shows the window again (from the tray's menu, or because the tray is gone).
    fn come_back(&mut self, event_loop: &ActiveEventLoop) {
        self.in_tray = false;
        self.open_unless_tray_by = None;
        match &self.window {
            Some(open) => open.window.focus_window(),
            None => {
                if let Err(e) = self.open_window(event_loop) {
                    eprintln!("zweifaktor: {e}");
                    self.quit(event_loop);
                }
            }
        }
    }

    fn tray_report(&mut self, event_loop: &ActiveEventLoop, report: TrayReport) {
        match report {
            TrayReport::Presence(presence) => {
                self.app.set_tray_presence(presence);
                if presence == TrayPresence::Missing && self.in_tray {
                    self.come_back(event_loop);
                }
            }
            TrayReport::Chosen(action) => match action.command() {
                Some(command) => self.app.queue(command),
                None if action == crate::app::tray_menu::TrayAction::Quit => {
                    return self.quit(event_loop);
                }
                // Show, Unlock…: the window shows the unlock screen while locked.
                None => self.come_back(event_loop),
            },
        }
        self.schedule(Instant::now());
    }

    /// Leaves the loop; the app clears what it put on the clipboard and saves what is unsaved
    /// first. The window goes at once: that save may wait for a slow drive.
    fn quit(&mut self, event_loop: &ActiveEventLoop) {
        if !self.exited {
            self.exited = true;
            self.remember_place();
            if let Some(open) = &self.window {
                open.window.set_visible(false);
            }
            self.app.on_exit();
        }
        self.shortcut = ShortcutListener::default();
        event_loop.exit();
    }
}

/// `when`, or later: [`ANIMATION_FPS`] after the last frame began.
fn paced(last_frame: Option<Instant>, when: Instant) -> Instant {
    last_frame.map_or(when, |last| {
        when.max(last + Duration::from_secs(1) / ANIMATION_FPS)
    })
}

/// Copies the changed pixels to the window's surface and shows them.
fn show(
    surface: &mut softbuffer::Surface<OwnedDisplayHandle, Rc<Window>>,
    painter: &SoftwarePainter,
    damage: &Damage,
    width: NonZeroU32,
    height: NonZeroU32,
) -> Result<(), softbuffer::SoftBufferError> {
    if painter.width() != width.get() || painter.height() != height.get() {
        return Ok(());
    }
    surface.resize(width, height)?;
    let mut buffer = surface.buffer_mut()?;
    let pixels = painter.pixels();
    match damage {
        // Nothing changed and the window shows the last frame already.
        Damage::Rects(rects) if rects.is_empty() && buffer.age() != 0 => Ok(()),
        Damage::Rects(rects) if !rects.is_empty() => {
            if buffer.age() == 1 {
                // The buffer holds the previous frame: copy the changes only.
                let row = width.get() as usize;
                for rect in rects {
                    for y in rect.y0 as usize..rect.y1 as usize {
                        let span = y * row + rect.x0 as usize..y * row + rect.x1 as usize;
                        buffer[span.clone()].copy_from_slice(&pixels[span]);
                    }
                }
            } else {
                buffer.copy_from_slice(pixels);
            }
            let damaged: Vec<softbuffer::Rect> = rects
                .iter()
                .filter_map(|rect| {
                    Some(softbuffer::Rect {
                        x: rect.x0,
                        y: rect.y0,
                        width: NonZeroU32::new(rect.width())?,
                        height: NonZeroU32::new(rect.height())?,
                    })
                })
                .collect();
            buffer.present_with_damage(&damaged)
        }
        _ => {
            buffer.copy_from_slice(pixels);
            buffer.present()
        }
    }
}

impl ApplicationHandler<UserEvent> for DesktopLoop {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.window.is_some() || self.in_tray {
            return;
        }
        if self.app.config().start_minimised && !self.tray_started {
            // The window opens from the tray; frames without it run meanwhile.
            self.in_tray = true;
            self.open_unless_tray_by = Some(Instant::now() + TRAY_ANSWER_WAIT);
            self.schedule(Instant::now());
            return;
        }
        if let Err(e) = self.open_window(event_loop) {
            self.error = Some(super::cannot_open(e));
            self.exited = true; // nothing was shown, nothing to clean up
            event_loop.exit();
        }
    }

    fn user_event(&mut self, event_loop: &ActiveEventLoop, event: UserEvent) {
        match event {
            UserEvent::Tray(report) => self.tray_report(event_loop, report),
            UserEvent::Repaint { when, pass } => {
                // A request from an older pass was answered by a later frame already (the
                // same rule eframe applies).
                let current = self.ctx.cumulative_pass_nr_for(ViewportId::ROOT);
                if current == pass || current == pass + 1 {
                    self.schedule_animation(when);
                }
            }
            UserEvent::SystemTheme(theme) => {
                self.system_theme = Some(theme);
                if let Some(open) = self.window.as_mut() {
                    open.input.egui_input_mut().system_theme = theme;
                    self.schedule(Instant::now());
                }
            }
            UserEvent::Shortcut(ShortcutEvent::Pressed { pointer }) => {
                self.shortcut_pressed(event_loop, pointer);
            }
            UserEvent::Shortcut(ShortcutEvent::Status(status)) => {
                self.app.set_shortcut_status(status);
                self.schedule(Instant::now());
            }
            UserEvent::AccessKit(event) => {
                let Some(open) = self.window.as_mut() else {
                    return;
                };
                match event.window_event {
                    accesskit_winit::WindowEvent::InitialTreeRequested => {
                        self.ctx.enable_accesskit();
                        self.schedule(Instant::now());
                    }
                    accesskit_winit::WindowEvent::ActionRequested(request) => {
                        open.input.on_accesskit_action_request(request);
                        self.schedule(Instant::now());
                    }
                    accesskit_winit::WindowEvent::AccessibilityDeactivated => {
                        self.ctx.disable_accesskit();
                    }
                }
            }
        }
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, id: WindowId, event: WindowEvent) {
        // A window closed into the tray is gone: its last events (Destroyed) are not ours.
        if self.window.as_ref().map(|open| open.window.id()) != Some(id) {
            return;
        }
        match event {
            WindowEvent::CloseRequested => {
                self.close(event_loop);
                return;
            }
            WindowEvent::Destroyed => {
                self.quit(event_loop);
                return;
            }
            WindowEvent::RedrawRequested => {
                // Not asked for by us: the window system wants the content shown again.
                let by_window_system = !std::mem::take(&mut self.frame_requested);
                if by_window_system {
                    self.show_everything = true;
                }
                self.frame(event_loop, by_window_system);
                return;
            }
            WindowEvent::Moved(_) => self.place_settling.changed(),
            WindowEvent::Resized(_) => {
                self.place_settling.changed();
                self.show_everything = true;
            }
            WindowEvent::ScaleFactorChanged { .. }
            | WindowEvent::Occluded(false)
            | WindowEvent::Focused(true) => self.show_everything = true,
            _ => {}
        }
        let Some(open) = self.window.as_mut() else {
            return;
        };
        if matches!(
            event,
            WindowEvent::Resized(_)
                | WindowEvent::Moved(_)
                | WindowEvent::ScaleFactorChanged { .. }
                | WindowEvent::Focused(_)
                | WindowEvent::Occluded(_)
        ) {
            open.viewport_stale = true;
        }
        if open.input.on_window_event(&open.window, &event).repaint {
            self.schedule(Instant::now());
        }
    }

    fn about_to_wait(&mut self, event_loop: &ActiveEventLoop) {
        if self.place_settling.settled(Instant::now()) {
            self.remember_place();
        }
        self.wait_for_frame(event_loop);
        if let Some(due) = self.place_settling.due() {
            let flow = match event_loop.control_flow() {
                ControlFlow::WaitUntil(frame) => ControlFlow::WaitUntil(frame.min(due)),
                ControlFlow::Wait => ControlFlow::WaitUntil(due),
                ControlFlow::Poll => ControlFlow::Poll,
            };
            event_loop.set_control_flow(flow);
        }
    }

    fn exiting(&mut self, _event_loop: &ActiveEventLoop) {
        if !self.exited {
            self.exited = true;
            self.app.on_exit();
        }
    }
}

impl DesktopLoop {
    /// Runs the frame that is due, or sleeps until the next one.
    fn wait_for_frame(&mut self, event_loop: &ActiveEventLoop) {
        match self.next_frame {
            Some(due) if due <= Instant::now() && self.window.is_none() && self.in_tray => {
                self.next_frame = None;
                self.frame_in_tray(event_loop);
                event_loop.set_control_flow(match self.next_frame {
                    Some(due) => ControlFlow::WaitUntil(due),
                    None => ControlFlow::Wait,
                });
            }
            Some(due) if due <= Instant::now() => {
                self.next_frame = None;
                if let Some(open) = &self.window {
                    self.frame_requested = true;
                    open.window.request_redraw();
                }
                event_loop.set_control_flow(ControlFlow::Wait);
            }
            Some(due) => event_loop.set_control_flow(ControlFlow::WaitUntil(due)),
            None => event_loop.set_control_flow(ControlFlow::Wait),
        }
    }
}
