// The bare ImGui page the web benchmark compares sxpool with: SDL2 + WebGL2 + Dear ImGui as its examples run
// them (default font, a redraw every animation frame), one window with a line of text.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl2.h"

namespace {
SDL_Window* window = nullptr;
long frames = 0;

void frame() {
  SDL_Event e;
  while (SDL_PollEvent(&e)) ImGui_ImplSDL2_ProcessEvent(&e);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  ImGuiIO& io = ImGui::GetIO();
  if (io.DeltaTime <= 0) io.DeltaTime = 0.001f;
  ImGui::NewFrame();
  ImGui::Begin("bare");
  ImGui::Text("Dear ImGui %s", IMGUI_VERSION);
  ImGui::End();
  ImGui::Render();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0.9f, 0.9f, 0.9f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  // Its first frame is already interactive.
  if (++frames == 1) EM_ASM({ Module.firstFrameAt = Module.firstInteractiveAt = performance.now(); });
}
}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE long sxpool_frames_rendered() { return frames; }

int main() {
  SDL_Init(SDL_INIT_VIDEO);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  window =
      SDL_CreateWindow("bare", 0, 0, 1280, 800, SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = SDL_GL_CreateContext(window);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_main_loop(frame, 0, false);
  return 0;
}
