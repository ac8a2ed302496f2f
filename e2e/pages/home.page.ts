import { BasePage } from './base.page.ts'

export class HomePage extends BasePage {
  async open() {
    await this.visit('/')
  }
}
